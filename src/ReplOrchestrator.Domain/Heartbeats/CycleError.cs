namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The error a failed cycle reports, as the replication product gave it.</summary>
/// <param name="Code">
/// The product's error id or name: a number such as <c>1011</c> or <c>181008</c>, or a name such as
/// <c>FetchChangedBlocksFailed</c>. The catalog classifies it together with the message.
/// </param>
/// <param name="Message">The product's error message, if any; needed to tell 181008's two meanings apart.</param>
public sealed record CycleError(string Code, string? Message);

namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>A command in a heartbeat response the appliance cannot run, and why.</summary>
/// <param name="CommandId">The command's id when it had a usable one; such commands are answered with a failed result.</param>
/// <param name="Reason">Why it cannot run, for people.</param>
public sealed record IgnoredCommand(string? CommandId, string Reason);

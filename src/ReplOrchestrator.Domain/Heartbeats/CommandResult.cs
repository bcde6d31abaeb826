namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The outcome of a command other than probes, reported in a later heartbeat.</summary>
/// <param name="CommandId">The id of the command this answers.</param>
/// <param name="Ok">Whether the command did what it was asked.</param>
/// <param name="Detail">What happened, for people (for example "replication resumed").</param>
public sealed record CommandResult(string CommandId, bool Ok, string? Detail);

namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>One input error listed in a 400 problem response.</summary>
/// <param name="Path">The JSON path into the heartbeat, for example <c>$.vms[3].cycle.disks[0].uploadedBytes</c>.</param>
/// <param name="Code">The server's machine-readable kind of error, if given.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ProblemError(string Path, string? Code, string Message);

using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>What a cycle's orchestration returns, and sends its VM monitor.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="Type">Initial or delta.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="StartedAt">When the appliance says it started.</param>
/// <param name="EndedAt">When its end was observed.</param>
/// <param name="Disks">The disks' last reported progress.</param>
/// <param name="ErrorCode">The appliance's error code when it failed.</param>
/// <param name="ProblemCodes">The catalog codes of every problem the cycle reported (overruns, failures).</param>
public sealed record CycleResult(
    string CycleId,
    CycleType Type,
    CycleRunOutcome Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    IReadOnlyList<DiskProgress> Disks,
    string? ErrorCode,
    IReadOnlyList<string> ProblemCodes)
{
    /// <summary>How long the cycle ran.</summary>
    public TimeSpan Duration => EndedAt > StartedAt ? EndedAt - StartedAt : TimeSpan.Zero;
}

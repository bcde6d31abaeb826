using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>What a cycle's orchestration carries into its next generation when it continues as new.</summary>
/// <param name="Report">The newest report taken.</param>
/// <param name="Phase">The phase the cycle is in.</param>
/// <param name="PhaseSince">When that phase began.</param>
/// <param name="LastObservedAt">When the last signal was observed.</param>
/// <param name="OverrunReported">Whether the current phase's overrun was reported.</param>
/// <param name="Forwarded">Per disk, the byte count last forwarded to its upload.</param>
/// <param name="Uploading">The disks whose upload runs and reports here.</param>
/// <param name="Stalled">What each timed-out upload said, in order.</param>
/// <param name="ProblemCodes">The catalog codes of the problems reported so far.</param>
public sealed record CycleProgress(
    CycleReport Report,
    CyclePhase Phase,
    DateTimeOffset PhaseSince,
    DateTimeOffset LastObservedAt,
    bool OverrunReported,
    IReadOnlyDictionary<string, long> Forwarded,
    IReadOnlyList<string> Uploading,
    IReadOnlyList<string> Stalled,
    IReadOnlyList<string> ProblemCodes);

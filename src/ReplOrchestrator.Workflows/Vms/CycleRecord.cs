using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>One recent cycle of a VM, or one that did not start when expected.</summary>
/// <param name="CycleId">The cycle; <see langword="null"/> for a missed one.</param>
/// <param name="Outcome">Succeeded, failed or missed.</param>
/// <param name="Type">Initial or delta; <see langword="null"/> for a missed one.</param>
/// <param name="StartedAt">When it started; <see langword="null"/> for a missed one.</param>
/// <param name="At">When it ended (or was counted as missed).</param>
/// <param name="ErrorCode">The appliance's error code, when it failed.</param>
/// <param name="Problems">Catalog codes of the problems it had (overruns, failures).</param>
public sealed record CycleRecord(
    string? CycleId,
    CycleOutcome Outcome,
    CycleType? Type,
    DateTimeOffset? StartedAt,
    DateTimeOffset At,
    string? ErrorCode,
    IReadOnlyList<string> Problems)
{
    /// <summary>How long it ran; <see langword="null"/> for a missed one.</summary>
    public TimeSpan? Duration => StartedAt is { } started && At > started ? At - started : null;
}

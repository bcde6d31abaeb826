namespace ReplOrchestrator.Domain.Cycles;

/// <summary>When the next cycle should start, and when its absence counts as a missed cycle.</summary>
/// <param name="ExpectedAt">When the next cycle should start.</param>
/// <param name="Grace">How long after <paramref name="ExpectedAt"/> it may still start without counting as missed.</param>
/// <param name="Interval">How often a further cycle counts as missed while none starts; always positive.</param>
public readonly record struct NextCycleExpectation(DateTimeOffset ExpectedAt, TimeSpan Grace, TimeSpan Interval)
{
    /// <summary>The instant the expected cycle counts as missed if it has not started: expected plus grace.</summary>
    public DateTimeOffset MissedAt => ExpectedAt + Grace;

    /// <summary>Whether, at <paramref name="at"/>, the expected cycle counts as missed (it has not started).</summary>
    public bool IsMissed(DateTimeOffset at) => at >= MissedAt;

    /// <summary>
    /// How many cycles count as missed at <paramref name="at"/> if none has started: 0 before
    /// <see cref="MissedAt"/>, then one more every <see cref="Interval"/>.
    /// </summary>
    public long MissedCount(DateTimeOffset at) =>
        at < MissedAt ? 0 : 1 + ((at - MissedAt).Ticks / Interval.Ticks);
}

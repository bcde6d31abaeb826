namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// Places simulated happenings on the heartbeat grid: appliances send at whole beats
/// (<see cref="Start"/> + n × <see cref="Interval"/>), and every phase change, stall and event of a
/// timeline falls on a half beat, so each heartbeat sees one unambiguous state even when a real-time
/// heartbeat leaves a little late.
/// </summary>
/// <param name="Start">When the fleet started: beat 0.</param>
/// <param name="Interval">The heartbeat interval: one beat.</param>
internal readonly record struct BeatClock(DateTimeOffset Start, TimeSpan Interval)
{
    /// <summary>The instant <paramref name="beats"/> beats after the start.</summary>
    public DateTimeOffset At(double beats) => Start + Interval * beats;

    /// <summary>A span of <paramref name="beats"/> beats.</summary>
    public TimeSpan Beats(double beats) => Interval * beats;

    /// <summary>
    /// How many whole beats it takes to outlast <paramref name="threshold"/> by the same again: the
    /// length of every scenario's overrun, so a server configured with that threshold sees it crossed
    /// with time to spare for a diagnosis.
    /// </summary>
    public int Overrun(TimeSpan threshold) => (int)Math.Ceiling(threshold * 2 / Interval);

    /// <summary>The first half beat strictly after <paramref name="instant"/>.</summary>
    public DateTimeOffset NextHalfBeatAfter(DateTimeOffset instant)
    {
        var beats = Math.Floor((instant - Start) / Interval);
        var candidate = At(beats + 0.5);
        return candidate > instant ? candidate : At(beats + 1.5);
    }
}

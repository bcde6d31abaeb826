namespace ReplOrchestrator.Local.Bench;

/// <summary>A clock the busy footprint moves by hand, so days of reports pass in a minute of real time.</summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

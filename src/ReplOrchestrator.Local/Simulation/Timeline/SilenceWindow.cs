namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>A time in which an appliance sends no heartbeats (it is down, or cut off from the monitor).</summary>
/// <param name="From">When the last heartbeat before the silence has gone out.</param>
/// <param name="Until">When heartbeats resume (exclusive).</param>
internal sealed record SilenceWindow(DateTimeOffset From, DateTimeOffset Until)
{
    /// <summary>Whether the appliance is silent at <paramref name="now"/>.</summary>
    public bool Covers(DateTimeOffset now) => now >= From && now < Until;
}

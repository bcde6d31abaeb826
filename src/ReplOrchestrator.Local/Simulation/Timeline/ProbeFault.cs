using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// A probe that fails while a scenario's cause is present, the way the troubleshooting guide's manual
/// check would fail then; outside the window the probe passes.
/// </summary>
/// <param name="Probe">The appliance-side probe that fails.</param>
/// <param name="From">When the cause appears.</param>
/// <param name="Until">When it is gone (exclusive).</param>
/// <param name="Detail">What the failed check says, for example "connection timed out".</param>
internal sealed record ProbeFault(ProbeKind Probe, DateTimeOffset From, DateTimeOffset Until, string Detail)
{
    /// <summary>Whether the cause is present at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => now >= From && now < Until;
}

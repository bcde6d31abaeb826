using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Health;

/// <summary>What the health policy judges one VM by.</summary>
/// <param name="Kind">What replicates the VM; picks the RPO target.</param>
/// <param name="State">The reported replication state.</param>
/// <param name="RecentCycles">Recent cycle outcomes in any order; at least the monitoring window's.</param>
/// <param name="LastSuccessfulCycleAt">
/// When the last successful cycle completed, kept even after it leaves <paramref name="RecentCycles"/>; null when unknown.
/// </param>
/// <param name="MonitoredSince">When the monitor first saw the VM; stands in for the last success when there is none.</param>
public sealed record VmHealthInput(
    ApplianceKind Kind,
    ReplicationState State,
    IReadOnlyList<RecentCycle> RecentCycles,
    DateTimeOffset? LastSuccessfulCycleAt,
    DateTimeOffset MonitoredSince);

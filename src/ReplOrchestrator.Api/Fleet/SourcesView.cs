using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Fleet;

/// <summary>
/// Where a VM's facts come from — <c>heartbeat</c>, <c>arm</c> or both — and when each last showed it. For a VM both
/// report, the heartbeat's facts are the ones shown and alerted on; ARM's sighting only says it sees the VM too.
/// </summary>
/// <param name="Names">The sources that showed the VM, <c>heartbeat</c> first.</param>
/// <param name="HeartbeatLastSeen">When an appliance heartbeat last reported it.</param>
/// <param name="ArmLastSeen">When a vault poll last showed it.</param>
public sealed record SourcesView(IReadOnlyList<string> Names, DateTimeOffset? HeartbeatLastSeen, DateTimeOffset? ArmLastSeen)
{
    /// <summary>The sources of the VM whose monitor published <paramref name="status"/>.</summary>
    public static SourcesView Of(VmStatus status, ArmSightings sightings)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(sightings);
        var (heartbeat, arm) = ArmVault.IsArmAppliance(status.ApplianceId)
            ? (null, status.LastObservedAt)
            : (status.LastObservedAt, sightings.LastSeen(status.ApplianceId, status.VmId));
        return new([.. new[] { ("heartbeat", heartbeat), ("arm", arm) }.Where(s => s.Item2 is not null).Select(s => s.Item1)], heartbeat, arm);
    }
}

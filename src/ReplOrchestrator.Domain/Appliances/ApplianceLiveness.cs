using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Appliances;

/// <summary>Whether an appliance is still heard from, and what a silence means for its cycles.</summary>
public static class ApplianceLiveness
{
    /// <summary>
    /// The alert a silence past the heartbeat timeout raises: <c>ApplianceHeartbeatLost</c>, or <c>ArmVaultNotRead</c> for a
    /// vault watched through ARM, whose heartbeats are the server's own polls and say nothing about an appliance.
    /// </summary>
    public static string LostCode(string applianceId) =>
        ArmSourcedAppliances.Includes(applianceId) ? CatalogCodes.ArmVaultNotRead : CatalogCodes.ApplianceHeartbeatLost;

    /// <summary>When the appliance counts as lost unless another heartbeat arrives: last heartbeat plus the timeout.</summary>
    public static DateTimeOffset Deadline(DateTimeOffset lastHeartbeatAt, ApplianceOptions options) => lastHeartbeatAt + options.HeartbeatTimeout;

    /// <summary>Whether, at <paramref name="at"/>, the appliance counts as lost.</summary>
    public static bool IsLost(DateTimeOffset lastHeartbeatAt, DateTimeOffset at, ApplianceOptions options) => at >= Deadline(lastHeartbeatAt, options);

    /// <summary>Whether an outage of <paramref name="outage"/> made Azure Migrate restart active cycles from 0 %.</summary>
    public static bool ResetsActiveCycles(TimeSpan outage, ApplianceOptions options) => outage > options.CycleResetAfterOutage;

    /// <summary>
    /// The monitor's own "is the appliance up" check as a probe result (<see cref="ProbeKind.ApplianceHeartbeat"/>),
    /// so cause analysis weighs it with the other probes.
    /// </summary>
    /// <param name="commandId">The diagnosis the result belongs to.</param>
    /// <param name="lastHeartbeatAt">When the last heartbeat arrived; null when none ever did.</param>
    /// <param name="at">Now, as the caller's clock says.</param>
    /// <param name="options">Valid appliance options.</param>
    public static ProbeResult AsProbeResult(string commandId, DateTimeOffset? lastHeartbeatAt, DateTimeOffset at, ApplianceOptions options)
    {
        if (lastHeartbeatAt is not { } last)
        {
            return new ProbeResult(commandId, ProbeKind.ApplianceHeartbeat, null, false, 0, "no heartbeat received yet");
        }

        var silence = HumanText.Duration(at - last);
        return IsLost(last, at, options)
            ? new ProbeResult(commandId, ProbeKind.ApplianceHeartbeat, null, false, 0, $"no heartbeat for {silence}")
            : new ProbeResult(commandId, ProbeKind.ApplianceHeartbeat, null, true, 0, $"last heartbeat {silence} ago");
    }
}

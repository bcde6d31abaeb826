using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>
/// Which alerts mute others because they explain them: while an appliance is lost or its replication
/// service is stopped, its VMs' alerts are consequences and only the appliance alert notifies.
/// </summary>
public static class AlertInhibition
{
    /// <summary>The appliance-level codes that inhibit the alerts of the appliance's VMs.</summary>
    public static IReadOnlyList<string> InhibitingCodes { get; } =
        [CatalogCodes.ApplianceHeartbeatLost, CatalogCodes.GatewayServiceStopped, CatalogCodes.VmmsServiceStopped, CatalogCodes.ArmVaultUnreadable, CatalogCodes.ArmVaultNotRead];

    /// <summary>Whether the firing alert <paramref name="source"/> inhibits <paramref name="target"/>.</summary>
    public static bool Inhibits(AlertKey source, AlertKey target) =>
        source.VmId is null
        && target.VmId is not null
        && source.ApplianceId == target.ApplianceId
        && InhibitingCodes.Contains(source.Code, StringComparer.Ordinal);

    /// <summary>Whether any of the <paramref name="firing"/> alerts inhibits <paramref name="target"/>.</summary>
    public static bool IsInhibited(AlertKey target, IEnumerable<AlertKey> firing) => firing.Any(source => Inhibits(source, target));

    /// <summary>How many of <paramref name="firing"/> the appliance alert <paramref name="source"/> covers (for "covers N VM alerts").</summary>
    public static int CountCovered(AlertKey source, IEnumerable<AlertKey> firing) => firing.Count(target => Inhibits(source, target));
}

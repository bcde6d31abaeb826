using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Workflows.Tests.Notifications;

/// <summary>Alerts, routes and signals for the notification group tests.</summary>
internal static class GroupSignals
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    public static readonly NotificationTiming Timing = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4));

    public static readonly NotificationTarget Teams = new("teams:0", "Teams https://example.webhook.office.com");

    public static readonly NotificationTarget Email = new("email:0", "Email to oncall@contoso.com");

    private static int s_signals;

    public static NotificationGroupState Empty(bool sendResolved = true) =>
        new("oncall|Route|applianceId=appl-01,code=HostConnectionRefused") { SendResolved = sendResolved };

    public static Alert Firing(string vmId, DateTimeOffset? at = null) =>
        AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.HostConnectionRefused), new AlertContext { ApplianceId = "appl-01", VmId = vmId }, [], [], at ?? T0);

    public static Alert Diagnosed(Alert alert, string cause) =>
        alert with { ProbableCauses = [new AlertCause(cause, CauseConfidence.Confirmed, ["TCP 902 to esx01 refused"])] };

    public static GroupSignal Upsert(Alert alert, NotificationGroupState group, bool sendResolved = true) =>
        new(GroupSignalKind.Upsert, NextId(), alert.DedupKey)
        {
            Alert = new LabeledAlert(alert, AlertLabels.Of(alert, "esx01")),
            Route = new RouteMatch("oncall", group.Key, Timing, "Route", [new("applianceId", "appl-01"), new("code", alert.Code)]),
            SendResolved = sendResolved,
            Targets = [Teams, Email],
        };

    public static GroupSignal Withdraw(Alert alert) => new(GroupSignalKind.Withdraw, NextId(), alert.DedupKey);

    private static string NextId() => $"s-{Interlocked.Increment(ref s_signals)}";
}

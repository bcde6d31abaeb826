using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Api.Tests.Notifications;

/// <summary>Diagnosed alerts and groups the email sender tests mail.</summary>
internal static class EmailGroups
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    public static Alert Diagnosed(string vmId = "sql01") =>
        AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.DiskUploadTimedOut), new AlertContext { ApplianceId = "appl-01", VmId = vmId }, [], [], Epoch) with
        {
            Summary = $"{vmId}: disk-0 upload stalled at 6 % for 45 min",
            ProbableCauses =
            [
                new AlertCause("Storage account unreachable", CauseConfidence.Confirmed, ["StorageWrite failed: 403 Forbidden"]),
                new AlertCause("Appliance bandwidth throttled", CauseConfidence.Possible, []),
            ],
            RecommendedActions = ["Allow the appliance to reach the storage account", "Check the bandwidth throttle"],
            ProbeResults = [new ProbeResult("cmd-1", ProbeKind.StorageWrite, "migratelsa.blob.core.windows.net:443", false, 0, "403 Forbidden")],
            Occurrences = 3,
        };

    public static NotificationGroup Group(params Alert[] alerts) =>
        new(
            "ops/appl-01/DiskUploadTimedOut",
            "ops",
            "0",
            NotificationTiming.Default,
            [new("applianceId", "appl-01"), new("code", CatalogCodes.DiskUploadTimedOut)],
            SendResolved: true,
            [.. alerts.Select(a => new LabeledAlert(a, AlertLabels.Of(a, "esx01.contoso.local")))]);
}

using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.TestUtilities.Notifications.TestAlerts;

namespace ReplOrchestrator.TestUtilities.Notifications;

/// <summary>Groups and card readers the Teams card tests use, in the domain and in the browser.</summary>
public static class TeamsGroups
{
    public static Alert Diagnosed(string vmId = "vm-01", AlertSeverity? severity = null) =>
        Fire(CatalogCodes.DiskUploadTimedOut, vmId: vmId, severity: severity) with
        {
            Summary = $"{vmId}: disk-0 upload stalled at 6 % for 45 min",
            ProbableCauses =
            [
                new AlertCause("Storage account unreachable", CauseConfidence.Confirmed, ["StorageWrite failed: 403 Forbidden", "CloudStorageTcp ok"]),
                new AlertCause("Appliance bandwidth throttled", CauseConfidence.Possible, []),
            ],
            RecommendedActions = ["Allow the appliance to reach the storage account", "Check the bandwidth throttle"],
            ProbeResults =
            [
                new ProbeResult("cmd-1", ProbeKind.StorageWrite, "migratelsa.blob.core.windows.net:443", false, 0, "403 Forbidden"),
                new ProbeResult("cmd-1", ProbeKind.KeyVaultTcp, "migratekv.vault.azure.net:443", true, 12, "TCP 443 open"),
            ],
            Occurrences = 3,
            LastSeen = FiredAt.AddMinutes(45),
        };

    public static NotificationGroup Group(params Alert[] alerts) => Group(true, alerts);

    public static NotificationGroup Group(bool sendResolved, params Alert[] alerts) =>
        new(
            "ops/appl-01/DiskUploadTimedOut",
            "ops",
            "0",
            NotificationTiming.Default,
            [new("applianceId", "appl-01"), new("code", CatalogCodes.DiskUploadTimedOut)],
            sendResolved,
            [.. alerts.Select(a => new LabeledAlert(a, AlertLabels.Of(a, "esx01.contoso.local")))]);

    public static JsonObject Card(TeamsMessage message) =>
        JsonNode.Parse(message.Utf8Json.Span)!["attachments"]![0]!["content"]!.AsObject();

    /// <summary>Every text block's text and every fact, in card order.</summary>
    public static List<string> Texts(JsonNode node) =>
        node switch
        {
            JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o["text"]!.GetValue<string>()],
            JsonObject o when o["type"]?.GetValue<string>() == "FactSet" =>
                [.. o["facts"]!.AsArray().Select(f => $"{f!["title"]}: {f["value"]}")],
            JsonObject o => [.. o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Texts)],
            JsonArray a => [.. a.OfType<JsonNode>().SelectMany(Texts)],
            _ => [],
        };
}

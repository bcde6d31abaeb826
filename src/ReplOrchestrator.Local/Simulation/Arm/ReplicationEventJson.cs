using System.Text.Json.Nodes;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>
/// A <c>replicationEvents</c> entry about a migration item, written from the REST reference's models (<c>Event</c>,
/// <c>EventProperties</c>, <c>VMwareCbtEventDetails</c>, <c>HealthError</c>, api-version 2025-08-01): by default the
/// failed cycle of <paramref name="Item"/> with error <paramref name="Code"/> at <paramref name="At"/>.
/// </summary>
internal sealed record ReplicationEventJson(MigrationItemJson Item, string Code, string Message, DateTimeOffset At)
{
    /// <summary><c>description</c>.</summary>
    public string Description { get; init; } = "Replication cycle failed";

    /// <summary><c>severity</c>.</summary>
    public string Severity { get; init; } = "Critical";

    /// <summary>Whether the provider details name the item (<c>VMwareCbtEventDetails.migrationItemName</c>); else only the correlation id ties it.</summary>
    public bool NamesTheItem { get; init; } = true;

    /// <summary>The health error's <c>creationTimeUtc</c>; <see langword="null"/> leaves it out, as the reference's example does.</summary>
    public DateTimeOffset? ErrorCreatedAt { get; init; }

    /// <summary>The event's name, unique in the vault.</summary>
    public string Name => $"VmMonitoringEvent;{At.UtcTicks}_{Item.Name}_{Code}";

    /// <summary>The event as ARM lists it under <paramref name="vaultId"/>.</summary>
    public JsonObject ToJson(string vaultId)
    {
        var details = new JsonObject { ["instanceType"] = "VMwareCbt" };
        if (NamesTheItem)
        {
            details["migrationItemName"] = Item.Name;
        }

        return new JsonObject
        {
            ["id"] = $"{vaultId}/replicationEvents/{Name}",
            ["name"] = Name,
            ["type"] = "Microsoft.RecoveryServices/vaults/replicationEvents",
            ["properties"] = new JsonObject
            {
                ["eventCode"] = "d32574f6-f59e-4545-b5ac-bc88d545f089",
                ["description"] = Description,
                ["eventType"] = "VmHealth",
                ["affectedObjectFriendlyName"] = Item.MachineName,
                ["affectedObjectCorrelationId"] = Item.EventCorrelationId,
                ["severity"] = Severity,
                ["timeOfOccurrence"] = At.ToString("O"),
                ["fabricId"] = $"{vaultId}/replicationFabrics/fabric1",
                ["providerSpecificDetails"] = details,
                ["eventSpecificDetails"] = new JsonObject { ["instanceType"] = "JobStatus" },
                ["healthErrors"] = new JsonArray(MigrationItemJson.HealthErrorJson(Code, Message, ErrorCreatedAt)),
            },
        };
    }
}

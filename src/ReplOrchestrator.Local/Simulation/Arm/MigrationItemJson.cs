using System.Text.Json.Nodes;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>
/// A <c>replicationMigrationItems</c> entry with <c>VMwareCbt</c> details, written from the REST reference's models
/// (<c>MigrationItemProperties</c>, <c>VMwareCbtMigrationDetails</c>, <c>VMwareCbtProtectedDiskDetails</c>,
/// <c>GatewayOperationDetails</c>, <c>HealthError</c>, api-version 2025-08-01): every field the ARM source reads. What the
/// ARM stand-in lists, for the demo's vault and the tests' alike.
/// </summary>
internal sealed record MigrationItemJson(string Name, string MachineName)
{
    /// <summary>A disk's capacity.</summary>
    public const long DiskBytes = 50L * 1024 * 1024 * 1024;

    /// <summary><c>migrationState</c>.</summary>
    public string MigrationState { get; init; } = "Replicating";

    /// <summary><c>lastRecoveryPointId</c>; null before the first recovery point.</summary>
    public string? LastRecoveryPointId { get; init; } = "rp-1";

    /// <summary><c>lastRecoveryPointReceived</c>.</summary>
    public DateTimeOffset? LastRecoveryPointReceived { get; init; }

    /// <summary><c>initialSeedingProgressPercentage</c>.</summary>
    public int InitialSeedingProgress { get; init; } = 100;

    /// <summary><c>deltaSyncProgressPercentage</c>.</summary>
    public int? DeltaSyncProgress { get; init; }

    /// <summary><c>resyncRequired</c>.</summary>
    public bool ResyncRequired { get; init; }

    /// <summary>The item's gateway operation <c>state</c>; null when no cycle runs.</summary>
    public string? GatewayState { get; init; }

    /// <summary>The gateway's <c>progressPercentage</c>.</summary>
    public int GatewayProgress { get; init; }

    /// <summary>The gateway's <c>uploadSpeed</c>, bytes per second.</summary>
    public long UploadSpeed { get; init; }

    /// <summary>The gateway's <c>hostName</c>: the ESXi host.</summary>
    public string HostName { get; init; } = "esx01.contoso.local";

    /// <summary><c>eventCorrelationId</c>: what the item's events carry as <c>affectedObjectCorrelationId</c>.</summary>
    public string EventCorrelationId => $"corr-{Name}";

    /// <summary><c>healthErrors</c>: error id, message and creation time.</summary>
    public IReadOnlyList<(string Code, string Message, DateTimeOffset At)> HealthErrors { get; init; } = [];

    /// <summary>The item as ARM lists it under <paramref name="vaultId"/>.</summary>
    public JsonObject ToJson(string vaultId)
    {
        var details = new JsonObject
        {
            ["instanceType"] = "VMwareCbt",
            ["vmwareMachineId"] = $"{vaultId}/machines/{MachineName}",
            ["osType"] = "Windows",
            ["initialSeedingProgressPercentage"] = InitialSeedingProgress,
            ["resyncRequired"] = ResyncRequired ? "true" : "false",
            ["resyncState"] = ResyncRequired ? "PreparedForResynchronization" : "None",
            ["resyncProgressPercentage"] = 0,
            ["performAutoResync"] = "true",
            ["protectedDisks"] = new JsonArray(new JsonObject
            {
                ["diskId"] = "6000C29d-disk-0",
                ["diskName"] = $"[datastore1] {MachineName}/{MachineName}.vmdk",
                ["capacityInBytes"] = DiskBytes,
                ["isOSDisk"] = "true",
                ["diskType"] = "Standard_LRS",
            }),
        };
        if (LastRecoveryPointId is not null)
        {
            details["lastRecoveryPointId"] = LastRecoveryPointId;
        }

        if (LastRecoveryPointReceived is { } received)
        {
            details["lastRecoveryPointReceived"] = received.ToString("O");
        }

        if (DeltaSyncProgress is { } delta)
        {
            details["deltaSyncProgressPercentage"] = delta;
        }

        if (GatewayState is not null)
        {
            details["gatewayOperationDetails"] = new JsonObject
            {
                ["state"] = GatewayState,
                ["progressPercentage"] = GatewayProgress,
                ["timeElapsed"] = 60_000,
                ["timeRemaining"] = 3_600_000,
                ["uploadSpeed"] = UploadSpeed,
                ["hostName"] = HostName,
                ["dataStores"] = new JsonArray("datastore1"),
            };
        }

        return new JsonObject
        {
            ["id"] = $"{vaultId}/replicationFabrics/fabric1/replicationProtectionContainers/container1/replicationMigrationItems/{Name}",
            ["name"] = Name,
            ["type"] = "Microsoft.RecoveryServices/vaults/replicationFabrics/replicationProtectionContainers/replicationMigrationItems",
            ["properties"] = new JsonObject
            {
                ["machineName"] = MachineName,
                ["migrationState"] = MigrationState,
                ["replicationStatus"] = MigrationState,
                ["health"] = HealthErrors.Count > 0 ? "Critical" : "Normal",
                ["eventCorrelationId"] = EventCorrelationId,
                ["healthErrors"] = new JsonArray([.. HealthErrors.Select(e => (JsonNode)HealthErrorJson(e.Code, e.Message, e.At))]),
                ["providerSpecificDetails"] = details,
            },
        };
    }

    /// <summary>A <c>HealthError</c> as items and events carry it; <paramref name="at"/> null leaves <c>creationTimeUtc</c> out.</summary>
    internal static JsonObject HealthErrorJson(string code, string message, DateTimeOffset? at)
    {
        var error = new JsonObject
        {
            ["errorCode"] = code,
            ["errorMessage"] = message,
            ["possibleCauses"] = "See the troubleshooting article.",
            ["recommendedAction"] = "See the troubleshooting article.",
            ["errorLevel"] = "Error",
            ["errorCategory"] = "Replication",
        };
        if (at is { } created)
        {
            error["creationTimeUtc"] = created.ToString("O");
        }

        return error;
    }
}

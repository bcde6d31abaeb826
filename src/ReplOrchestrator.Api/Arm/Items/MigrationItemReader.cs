using System.Text.Json;
using static ReplOrchestrator.Api.Arm.ArmJson;

namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>
/// Reads a migration item from the list's JSON by the documented names (see <see cref="ArmApi"/>), tolerating absent
/// optional fields and ignoring unknown ones.
/// </summary>
internal static class MigrationItemReader
{
    /// <summary>The item, or the reason it cannot be used (no id, name or properties, or a field of the wrong type).</summary>
    public static MigrationItem? Read(JsonElement item, out string? problem) =>
        Entry(item, (entry, properties) =>
            new MigrationItem(Required(entry, "id"), Required(entry, "name"), Text(properties, "machineName"), Text(properties, "migrationState"),
                HealthErrors(properties), VMwareCbtDetails(properties) is { } details ? Cbt(details) : null)
            {
                EventCorrelationId = Text(properties, "eventCorrelationId"),
            }, out problem);

    private static CbtDetails Cbt(JsonElement d) => new(
        Int(d, "initialSeedingProgressPercentage"),
        Int(d, "deltaSyncProgressPercentage"),
        string.Equals(Text(d, "resyncRequired"), "true", StringComparison.OrdinalIgnoreCase),
        Text(d, "resyncState"),
        Int(d, "resyncProgressPercentage"),
        Time(d, "lastRecoveryPointReceived"),
        Text(d, "lastRecoveryPointId"),
        Gateway(d),
        d.TryGetProperty("protectedDisks", out var disks) && disks.ValueKind == JsonValueKind.Array
            ? [.. disks.EnumerateArray().Select(disk => new ProtectedDisk(Text(disk, "diskId"), Text(disk, "diskName"), Long(disk, "capacityInBytes"), Gateway(disk)))]
            : []);

    private static GatewayOperation? Gateway(JsonElement parent) =>
        parent.TryGetProperty("gatewayOperationDetails", out var g) && g.ValueKind == JsonValueKind.Object
            ? new GatewayOperation(Text(g, "state"), Int(g, "progressPercentage"), Long(g, "timeElapsed"), Long(g, "timeRemaining"), Long(g, "uploadSpeed"), Text(g, "hostName"),
                g.TryGetProperty("dataStores", out var stores) && stores.ValueKind == JsonValueKind.Array ? [.. stores.EnumerateArray().Select(s => s.GetString()).OfType<string>()] : [])
            : null;

    private static int? Int(JsonElement parent, string name) => Long(parent, name) is { } n ? (int)Math.Clamp(n, 0, 100) : null;
}

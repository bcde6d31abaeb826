using System.Globalization;
using System.Text.Json;

namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>
/// Reads a migration item from the list's JSON by the documented names (see <see cref="ArmApi"/>), tolerating absent
/// optional fields and ignoring unknown ones.
/// </summary>
internal static class MigrationItemReader
{
    /// <summary>The item, or the reason it cannot be used (no id, name or properties, or a field of the wrong type).</summary>
    public static MigrationItem? Read(JsonElement item, out string? problem)
    {
        problem = null;
        try
        {
            if (item.ValueKind != JsonValueKind.Object || Text(item, "id") is not { } id || Text(item, "name") is not { } name)
            {
                problem = "has no id or name";
                return null;
            }

            if (!item.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                problem = "has no properties";
                return null;
            }

            var details = properties.TryGetProperty("providerSpecificDetails", out var d) && d.ValueKind == JsonValueKind.Object
                && string.Equals(Text(d, "instanceType"), "VMwareCbt", StringComparison.OrdinalIgnoreCase) ? Cbt(d) : null;
            return new MigrationItem(id, name, Text(properties, "machineName"), Text(properties, "migrationState"), HealthErrors(properties), details);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            problem = e.Message;
            return null;
        }
    }

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

    private static List<ArmHealthError> HealthErrors(JsonElement properties) =>
        properties.TryGetProperty("healthErrors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(e => new ArmHealthError(Text(e, "errorCode"), Text(e, "errorMessage"), Text(e, "possibleCauses"), Text(e, "recommendedAction"), Time(e, "creationTimeUtc")))]
            : [];

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    private static long? Long(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static int? Int(JsonElement parent, string name) => Long(parent, name) is { } n ? (int)Math.Clamp(n, 0, 100) : null;

    private static DateTimeOffset? Time(JsonElement parent, string name) =>
        Text(parent, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
}

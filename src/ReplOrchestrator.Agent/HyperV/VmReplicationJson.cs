using System.Text.Json;

namespace ReplOrchestrator.Agent.HyperV;

/// <summary>
/// Reads what <see cref="PowerShellCommands.GetReplication"/> prints through <c>ConvertTo-Json</c>: one object for one
/// VM, an array for several, nothing for none. The command turns enums into their names, so names are all this reads.
/// </summary>
internal static class VmReplicationJson
{
    /// <summary>The VMs in <paramref name="json"/>; entries without an id, a name or a state are skipped.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static IReadOnlyList<VmReplicationRecord> Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        var records = new List<VmReplicationRecord>();
        foreach (var item in items.Where(i => i.ValueKind == JsonValueKind.Object))
        {
            var id = Text(item, "VMId") ?? Text(item, "Id");
            var name = Text(item, "VMName") ?? Text(item, "Name");
            var state = Text(item, "State");
            if (id is null || name is null || state is null)
            {
                continue;
            }

            records.Add(new VmReplicationRecord(
                id.Trim('{', '}').ToLowerInvariant(), name, state, Text(item, "Health"),
                Text(item, "Mode"),
                Integer(item, "FrequencySec") ?? Integer(item, "ReplicationFrequencySec"), Text(item, "PrimaryServer")));
        }

        return records;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static int? Integer(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

/// <summary>Replaces or removes the value at a JSON path such as <c>$.vms[0].cycle.disks[1].diskId</c>.</summary>
internal static class JsonEdit
{
    /// <summary>Stands for "remove the field" in test data.</summary>
    public const string Remove = "<remove>";

    public static JsonObject Set(JsonObject root, string path, string json)
    {
        var steps = Steps(path);
        JsonNode parent = root;
        foreach (var step in steps[..^1])
        {
            parent = step is int index ? parent[index]! : parent[(string)step]!;
        }

        var value = json == Remove ? null : JsonNode.Parse(json);
        switch (steps[^1])
        {
            case int index:
                parent.AsArray()[index] = value;
                break;
            case string name when json == Remove:
                parent.AsObject().Remove(name);
                break;
            case string name:
                parent[name] = value;
                break;
        }

        return root;
    }

    private static object[] Steps(string path)
    {
        var steps = new List<object>();
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add(bracket < 0 ? part : part[..bracket]);
            if (bracket >= 0)
            {
                steps.AddRange(part[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(i => (object)int.Parse(i, CultureInfo.InvariantCulture)));
            }
        }

        return [.. steps];
    }
}

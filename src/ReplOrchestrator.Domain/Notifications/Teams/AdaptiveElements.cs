using System.Text.Json.Nodes;

namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>The few Adaptive Card elements our cards use, as JSON nodes (schema 1.4: what Teams renders everywhere).</summary>
internal static class AdaptiveElements
{
    /// <summary>A wrapping text block.</summary>
    public static JsonObject Text(string text, string? weight = null, string? size = null, string? color = null, bool subtle = false, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Set(block, "weight", weight);
        Set(block, "size", size);
        Set(block, "color", color);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    /// <summary>A heading inside an alert's section.</summary>
    public static JsonObject Heading(string text) => Text(text, weight: "Bolder");

    /// <summary>A two-column table of titles and values.</summary>
    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    /// <summary>A container of <paramref name="items"/>; <paramref name="style"/> colours it.</summary>
    public static JsonObject Container(IEnumerable<JsonNode> items, string? style = null, bool separator = false, bool bleed = false)
    {
        var container = new JsonObject { ["type"] = "Container" };
        Set(container, "style", style);
        if (separator)
        {
            container["separator"] = true;
            container["spacing"] = "Medium";
        }

        if (bleed)
        {
            container["bleed"] = true;
        }

        container["items"] = new JsonArray([.. items]);
        return container;
    }

    /// <summary>A button that opens <paramref name="url"/> (incoming webhooks support OpenUrl, not Submit).</summary>
    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    /// <summary>The line that stands for what a card leaves out.</summary>
    public static JsonObject More(int count, string what) => Text($"…and {count} more {what}", subtle: true);

    private static void Set(JsonObject node, string name, string? value)
    {
        if (value is not null)
        {
            node[name] = value;
        }
    }
}

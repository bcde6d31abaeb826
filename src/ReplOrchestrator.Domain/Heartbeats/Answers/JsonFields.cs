using System.Text.Json;

namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>Lenient reads of server answers: a field of the wrong type counts as missing.</summary>
internal static class JsonFields
{
    /// <summary>The string value of <paramref name="name"/> in an object, or null.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

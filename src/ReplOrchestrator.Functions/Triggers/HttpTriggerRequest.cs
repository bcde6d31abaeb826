using System.Text.Json;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// The request an <c>httpTrigger</c> binding value describes: <c>Url</c>, <c>Method</c>, <c>Query</c>
/// (name → value), <c>Headers</c> (name → values) and <c>Body</c> (text).
/// </summary>
internal sealed record HttpTriggerRequest(
    Uri Url,
    string Method,
    IReadOnlyDictionary<string, string[]> Headers,
    string? Body)
{
    /// <exception cref="FormatException">The value is not an HTTP request description.</exception>
    public static HttpTriggerRequest Parse(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            using var inner = JsonDocument.Parse(value.GetString()!);
            return Parse(inner.RootElement.Clone());
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The HTTP trigger value is not an object.");
        }

        var url = Property(value, "Url") is { ValueKind: JsonValueKind.String } u && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var parsed)
            ? parsed
            : throw new FormatException("The HTTP trigger value has no absolute Url.");
        var method = Property(value, "Method")?.GetString() ?? "GET";
        return new HttpTriggerRequest(url, method.ToUpperInvariant(), ReadHeaders(Property(value, "Headers")), ReadBody(Property(value, "Body")));
    }

    private static JsonElement? Property(JsonElement value, string name)
    {
        foreach (var property in value.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static Dictionary<string, string[]> ReadHeaders(JsonElement? headers)
    {
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        if (headers is not { ValueKind: JsonValueKind.Object } object_)
        {
            return result;
        }

        foreach (var header in object_.EnumerateObject())
        {
            result[header.Name] = header.Value.ValueKind switch
            {
                JsonValueKind.Array => [.. header.Value.EnumerateArray().Select(v => v.ToString())],
                JsonValueKind.Null => [],
                _ => [header.Value.ToString()],
            };
        }

        return result;
    }

    // The host sends the body as text; a JSON body may also arrive already parsed.
    private static string? ReadBody(JsonElement? body) => body switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { ValueKind: JsonValueKind.String } text => text.GetString(),
        { } other => other.GetRawText(),
    };
}

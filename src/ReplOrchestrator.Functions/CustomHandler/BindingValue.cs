using System.Text.Json;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// Decodes binding values the way the Functions host encodes them: strings are serialized once more
/// on the way (so a string arrives quoted inside a JSON string), objects arrive as objects. Every
/// reader accepts all the forms, because which one a given host version sends is not documented.
/// </summary>
internal static class BindingValue
{
    /// <summary>
    /// Reads a value that is text at heart (base64, an instance id): a plain string, or a string whose
    /// content is a quoted JSON string. Returns <see langword="null"/> for JSON null or a missing value.
    /// </summary>
    public static string? ReadText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var text = value.GetString()!;
                return TryUnquote(text, out var inner) ? inner : text;
            default:
                throw new FormatException($"Expected text, found a JSON {value.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    /// <summary>
    /// Reads a value that is a JSON payload (an activity input): an object, array, number or boolean
    /// is the payload itself; a string's content is the payload's JSON text, and a string whose
    /// content is not JSON is taken as a string payload. Returns <see langword="null"/> for null.
    /// </summary>
    public static string? ReadJson(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (IsJson(text))
                {
                    return text == "null" ? null : text;
                }

                return JsonSerializer.Serialize(text);
            default:
                return value.GetRawText();
        }
    }

    /// <summary>
    /// Reads a value that carries a JSON document as text (a Service Bus message body): an object or
    /// array is the document itself; a string holds the document's text, possibly quoted once more.
    /// Returns <see langword="null"/> for JSON null or a missing value.
    /// </summary>
    public static string? ReadDocument(JsonElement value) =>
        value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String ? ReadText(value) : value.GetRawText();

    private static bool TryUnquote(string text, out string inner)
    {
        inner = text;
        if (text.Length < 2 || text[0] != '"')
        {
            return false;
        }

        try
        {
            inner = JsonSerializer.Deserialize<string>(text) ?? text;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

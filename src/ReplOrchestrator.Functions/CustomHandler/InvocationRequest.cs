using System.Text.Json;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// The body the Functions host posts to <c>/{FunctionName}</c>: one <c>Data</c> entry per input
/// binding (the trigger included) and the trigger's <c>Metadata</c>.
/// </summary>
/// <remarks>
/// The host serializes most values a second time (a .NET string arrives as a JSON string whose content
/// is a quoted JSON string), so values are kept as raw <see cref="JsonElement"/>s and decoded with
/// <see cref="BindingValue"/>, which accepts an object, a string, or a string of a string.
/// </remarks>
internal sealed class InvocationRequest
{
    private InvocationRequest(IReadOnlyDictionary<string, JsonElement> data, IReadOnlyDictionary<string, JsonElement> metadata)
    {
        Data = data;
        Metadata = metadata;
    }

    /// <summary>Input binding values by binding name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, JsonElement> Data { get; }

    /// <summary>Trigger metadata by key (case-insensitive); <c>sys</c> holds the method name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; }

    /// <summary>Reads an envelope; a body that is not a JSON object is a <see cref="JsonException"/>.</summary>
    public static InvocationRequest Parse(ReadOnlySpan<byte> utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json.ToArray());
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The invocation body is not a JSON object.");
        }

        return new InvocationRequest(ReadSection(root, "Data"), ReadSection(root, "Metadata"));
    }

    private static Dictionary<string, JsonElement> ReadSection(JsonElement root, string name)
    {
        var section = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (!property.NameEquals(name) && !string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in property.Value.EnumerateObject())
                {
                    // Clone: the values outlive the document they were parsed from.
                    section[entry.Name] = entry.Value.Clone();
                }
            }
        }

        return section;
    }
}

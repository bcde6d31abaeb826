using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReplOrchestrator.Domain.Contracts;

/// <summary>
/// Reads fields out of a parsed JSON document and records a <see cref="ContractProblem"/> for each one
/// that is missing or malformed, then carries on, so one pass finds every problem.
/// </summary>
/// <remarks>
/// Field names are matched exactly (the contracts are camelCase). Fields the contract does not know are
/// never looked at, which is what makes unknown fields harmless. A JSON <c>null</c> counts as absent.
/// </remarks>
internal sealed partial class ContractReader
{
    private readonly List<ContractProblem> _problems = [];

    public IReadOnlyList<ContractProblem> Problems => _problems;

    public void Report(string path, ContractProblemKind kind, string message) =>
        _problems.Add(new ContractProblem(path, kind, message));

    /// <summary>The field's value, or <see langword="false"/> when it is absent or null (reported when required).</summary>
    public bool TryGet(JsonElement obj, string name, string path, bool required, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind is not JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Report(path, ContractProblemKind.MissingField, "is required");
        }

        return false;
    }

    public JsonElement? Object(JsonElement obj, string name, string path, bool required)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }

        return Expect(value, JsonValueKind.Object, path, "an object") ? value : null;
    }

    public string? String(JsonElement obj, string name, string path, bool required, int maxLength = 4096)
    {
        if (!TryGet(obj, name, path, required, out var value) || !Expect(value, JsonValueKind.String, path, "a string"))
        {
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            Report(path, ContractProblemKind.InvalidValue, $"must be at most {maxLength} characters (was {text.Length})");
            return null;
        }

        return text;
    }

    /// <summary>A required, non-blank string.</summary>
    public string? Text(JsonElement obj, string name, string path, int maxLength)
    {
        var text = String(obj, name, path, required: true, maxLength);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Report(path, ContractProblemKind.InvalidValue, "must not be blank");
            return null;
        }

        return text;
    }

    /// <summary>A string that follows <see cref="ContractId"/>'s rule.</summary>
    public string? Id(JsonElement obj, string name, string path, bool required = true)
    {
        var id = String(obj, name, path, required, maxLength: int.MaxValue);
        var problem = id is null ? null : ContractId.Explain(id);
        if (problem is not null)
        {
            Report(path, ContractProblemKind.InvalidValue, "id " + problem);
            return null;
        }

        return id;
    }

    public long? Integer(JsonElement obj, string name, string path, bool required, long min, long max)
    {
        if (!TryGet(obj, name, path, required, out var value) || !Expect(value, JsonValueKind.Number, path, "a number"))
        {
            return null;
        }

        if (!value.TryGetInt64(out var number))
        {
            Report(path, ContractProblemKind.WrongType, $"expected a whole number (was {value.GetRawText()})");
            return null;
        }

        if (number < min || number > max)
        {
            var range = max == long.MaxValue ? $"at least {min}" : $"between {min} and {max}";
            Report(path, ContractProblemKind.InvalidValue, $"must be {range} (was {number})");
            return null;
        }

        return number;
    }

    public bool? Boolean(JsonElement obj, string name, string path, bool required)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Report(path, ContractProblemKind.WrongType, $"expected true or false (was {Describe(value)})");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonElement obj, string name, string path, bool required = true)
        where TEnum : struct, Enum
    {
        if (!TryGet(obj, name, path, required, out var value) || !Expect(value, JsonValueKind.String, path, "a string"))
        {
            return null;
        }

        var text = value.GetString()!;
        if (ContractEnum<TEnum>.TryParse(text, out var parsed))
        {
            return parsed;
        }

        Report(path, ContractProblemKind.UnknownEnumValue, $"'{Shorten(text)}' is not one of {ContractEnum<TEnum>.AcceptedNames}");
        return null;
    }

    /// <summary>An ISO 8601 timestamp with an explicit offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
    public DateTimeOffset? Timestamp(JsonElement obj, string name, string path, bool required = true)
    {
        if (!TryGet(obj, name, path, required, out var value) || !Expect(value, JsonValueKind.String, path, "a string"))
        {
            return null;
        }

        // Without an offset a timestamp means a different instant on every machine that reads it.
        if (value.TryGetDateTimeOffset(out var timestamp) && ExplicitOffset().IsMatch(value.GetString()!))
        {
            return timestamp;
        }

        Report(path, ContractProblemKind.InvalidValue,
            $"'{Shorten(value.GetString()!)}' is not an ISO 8601 timestamp with an offset, such as 2026-11-22T04:00:00Z");
        return null;
    }

    /// <summary>
    /// Reads a list whose items <paramref name="readItem"/> turns into values; items it cannot read are
    /// left out (their problems are recorded). A list over <paramref name="max"/> is reported and not read.
    /// </summary>
    public List<T> List<T>(
        JsonElement obj, string name, string path, bool required, int max, Func<JsonElement, string, T?> readItem)
        where T : class
    {
        var items = new List<T>();
        if (!TryGet(obj, name, path, required, out var value) || !Expect(value, JsonValueKind.Array, path, "an array"))
        {
            return items;
        }

        var count = value.GetArrayLength();
        if (count > max)
        {
            Report(path, ContractProblemKind.LimitExceeded, $"has {count} entries; at most {max} are accepted");
            return items;
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var itemPath = JsonPaths.Item(path, index++);
            if (Expect(element, JsonValueKind.Object, itemPath, "an object") && readItem(element, itemPath) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>Reports every item whose key an earlier item already has.</summary>
    public void RejectDuplicates<T>(IEnumerable<(T Item, string Path)> items, Func<T, string> key, string noun)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, path) in items)
        {
            var id = key(item);
            if (!first.TryAdd(id, path))
            {
                Report(path, ContractProblemKind.Duplicate, $"{noun} '{id}' already appears at {first[id]}");
            }
        }
    }

    private bool Expect(JsonElement value, JsonValueKind kind, string path, string expected)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        Report(path, ContractProblemKind.WrongType, $"expected {expected} (was {Describe(value)})");
        return false;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + Shorten(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    // Echoed input stays short and printable so a problem list cannot be used to amplify a body.
    private static string Shorten(string text)
    {
        var shown = text.Length <= 64 ? text : text[..64] + "…";
        return shown.ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOffset();
}

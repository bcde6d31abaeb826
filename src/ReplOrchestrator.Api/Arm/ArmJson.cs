using System.Globalization;
using System.Text.Json;
using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// Reads the Site Recovery API's JSON by its documented names (see <see cref="ArmApi"/>): an absent or null field is
/// <see langword="null"/>, unknown fields are ignored, and a field of the wrong type throws
/// <see cref="InvalidOperationException"/> or <see cref="FormatException"/>, which <see cref="Entry"/> turns into a reason.
/// </summary>
internal static class ArmJson
{
    /// <summary>
    /// Reads one list entry with <paramref name="read"/>, which is given the entry and its <c>properties</c> object and
    /// throws (see <see cref="Required"/>) for a field it cannot do without: the value, or the reason the entry cannot
    /// be used instead of an exception.
    /// </summary>
    public static T? Entry<T>(JsonElement entry, Func<JsonElement, JsonElement, T> read, out string? problem)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        problem = null;
        try
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                problem = "has no properties";
                return null;
            }

            return read(entry, properties);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>A string field the entry cannot be used without.</summary>
    /// <exception cref="FormatException">It is absent: "has no {name}".</exception>
    public static string Required(JsonElement parent, string name) => Text(parent, name) ?? throw Missing(name);

    /// <summary>The reason an entry cannot be used: it lacks <paramref name="name"/>.</summary>
    public static FormatException Missing(string name) => new($"has no {name}");

    /// <summary><paramref name="properties"/>' <c>providerSpecificDetails</c> when they are the <c>VMwareCbt</c> provider's.</summary>
    public static JsonElement? VMwareCbtDetails(JsonElement properties) =>
        properties.TryGetProperty("providerSpecificDetails", out var details) && details.ValueKind == JsonValueKind.Object
            && string.Equals(Text(details, "instanceType"), "VMwareCbt", StringComparison.OrdinalIgnoreCase) ? details : null;

    /// <summary>A string field; another kind of value as its raw JSON (the API sends some flags as "true", some as true).</summary>
    public static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    /// <summary>A number field.</summary>
    public static long? Long(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    /// <summary>A date-time field; one without an offset is UTC, as the API means it.</summary>
    public static DateTimeOffset? Time(JsonElement parent, string name) =>
        Text(parent, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    /// <summary>The <c>HealthError</c> entries of <paramref name="properties"/>' <c>healthErrors</c>, as items and events both carry them.</summary>
    public static List<ArmHealthError> HealthErrors(JsonElement properties) =>
        properties.TryGetProperty("healthErrors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? [.. errors.EnumerateArray().Select(e => new ArmHealthError(Text(e, "errorCode"), Text(e, "errorMessage"), Text(e, "possibleCauses"), Text(e, "recommendedAction"), Time(e, "creationTimeUtc")))]
            : [];
}

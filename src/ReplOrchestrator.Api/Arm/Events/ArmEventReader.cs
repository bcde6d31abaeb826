using System.Text.Json;
using static ReplOrchestrator.Api.Arm.ArmJson;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>
/// Reads an event from the list's JSON by the documented names (<c>Event</c>, <c>EventProperties</c>, see
/// <see cref="ArmApi"/>), tolerating absent optional fields and ignoring unknown ones.
/// </summary>
internal static class ArmEventReader
{
    /// <summary>The event, or the reason it cannot be used (no name, properties or time, or a field of the wrong type).</summary>
    public static ArmEvent? Read(JsonElement entry, out string? problem) =>
        Entry(entry, (e, properties) => new ArmEvent(
            Required(e, "name"),
            Text(properties, "description"),
            Text(properties, "severity"),
            Time(properties, "timeOfOccurrence") ?? throw Missing("timeOfOccurrence"),
            Text(properties, "affectedObjectFriendlyName"),
            Text(properties, "affectedObjectCorrelationId"),
            VMwareCbtDetails(properties) is { } details ? Text(details, "migrationItemName") : null,
            HealthErrors(properties)), out problem);

    /// <summary>The entry's name for a log line, even when it cannot be read.</summary>
    public static string NameOf(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("name", out var name) ? name.ToString() : "(no name)";
}

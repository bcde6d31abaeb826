using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>
/// The body a Teams Workflows webhook accepts: <c>{"type":"message","attachments":[{"contentType":
/// "application/vnd.microsoft.card.adaptive","content":{…}}]}</c> with one Adaptive Card for a whole group.
/// </summary>
/// <param name="Kind">Which variant the card is.</param>
/// <param name="Utf8Json">The serialized message, at most <see cref="TeamsCardOptions.MaxBytes"/> bytes: post it as is.</param>
/// <param name="AlertsShown">How many alerts the card names, in full or in one line.</param>
/// <param name="AlertsOmitted">How many the card only counts ("…and N more").</param>
public sealed record TeamsMessage(NotificationKind Kind, ReadOnlyMemory<byte> Utf8Json, int AlertsShown, int AlertsOmitted)
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    // Relaxed escaping keeps non-ASCII text as UTF-8 (3 bytes for "…") instead of \uXXXX (6): the limit counts bytes.
    // The JSON is posted, never embedded in HTML, so the HTML-safe escaping buys nothing.
    // Written with Utf8JsonWriter, not JsonSerializer: no reflection, so trimmed and AOT hosts serialize it too.
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The message for <paramref name="group"/>: the richest card of the group that fits in
    /// <see cref="TeamsCardOptions.MaxBytes"/>, cutting alerts, causes and long text with "…and N more" lines.
    /// </summary>
    /// <param name="group">A group with at least one alert.</param>
    /// <param name="kind">The variant; <see cref="KindOf"/> tells firing from resolved, only the caller knows an update.</param>
    /// <param name="options">Links and the size limit; null for the defaults.</param>
    /// <exception cref="ArgumentException">The group has no alerts.</exception>
    public static TeamsMessage Create(NotificationGroup group, NotificationKind kind, TeamsCardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Alerts.Count == 0)
        {
            throw new ArgumentException("A notification group has at least one alert.", nameof(group));
        }

        options ??= new TeamsCardOptions();
        var shown = kind == NotificationKind.Resolved ? group.Resolved.Count() : group.Firing.Count();
        byte[] bytes = [];
        CardBudget budget = default;
        foreach (var step in CardBudget.Ladder)
        {
            budget = step;
            bytes = Serialize(TeamsCard.Build(group, kind, options, budget));
            if (bytes.Length <= options.MaxBytes)
            {
                break;
            }
        }

        var named = Math.Min(shown, budget.Detailed + budget.Listed);
        return new TeamsMessage(kind, bytes, named, shown - named);
    }

    /// <summary>The variant a group calls for by its alerts alone: firing while any fires, else resolved.</summary>
    public static NotificationKind KindOf(NotificationGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Firing.Any() ? NotificationKind.Firing : NotificationKind.Resolved;
    }

    private static byte[] Serialize(JsonObject card)
    {
        var envelope = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = AdaptiveCardContentType, ["contentUrl"] = null, ["content"] = card }),
        };
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, s_json))
        {
            envelope.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

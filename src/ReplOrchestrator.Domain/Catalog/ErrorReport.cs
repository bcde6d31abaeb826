using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>What a product said about a problem, as raw as it came; the input of <see cref="ErrorClassifier"/>.</summary>
/// <param name="Kind">The appliance kind, which limits matching to that product's errors; null matches any product.</param>
/// <param name="Code">The error's numeric id or name, for example <c>1011</c> or <c>FetchChangedBlocksFailed</c>.</param>
/// <param name="Message">The product's message.</param>
/// <param name="EventId">The event-log id, for events.</param>
public readonly record struct ErrorReport(ApplianceKind? Kind, string? Code, string? Message, int? EventId)
{
    /// <summary>The error a failed cycle reported.</summary>
    public static ErrorReport FromCycleError(ApplianceKind kind, CycleError error) => new(kind, error.Code, error.Message, null);

    /// <summary>An event-log entry.</summary>
    public static ErrorReport FromEvent(ApplianceKind kind, ReplicationEvent replicationEvent) =>
        new(kind, null, replicationEvent.Message, replicationEvent.EventId);

    /// <summary>The raw input in one line, for an unclassified alert's summary: "1234: Something failed".</summary>
    public string Describe()
    {
        // An empty code is no code: "Unclassified: : the cycle failed" helps nobody.
        var id = !string.IsNullOrWhiteSpace(Code) ? Code : EventId is { } eventId ? "event " + eventId.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        var message = string.IsNullOrWhiteSpace(Message) ? null : Message.ReplaceLineEndings(" ").Trim();
        return (id, message) switch
        {
            (null, null) => "no error code or message",
            (null, _) => message!,
            (_, null) => id,
            _ => $"{id}: {message}",
        };
    }
}

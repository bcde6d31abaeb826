using System.Globalization;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>Maps what a product reported (code, message, event id) to its catalog entry.</summary>
/// <remarks>
/// Order of evidence: the event id; then a known message fragment, because numeric ids have changed
/// meaning between documentation versions (181008 was both DisposeArtefactsTimedOut and "no disk
/// snapshots found", now 566) and "An internal error occurred" wraps many VMware errors; then the
/// numeric id; then the error name. Only entries of the appliance kind's product (and the monitor's)
/// can match. Anything else is <see cref="ErrorCatalog.Unclassified"/>, with the raw input kept.
/// </remarks>
public static class ErrorClassifier
{
    /// <summary>Classifies one report.</summary>
    public static Classification Classify(ErrorReport report)
    {
        var index = CatalogIndex.For(report.Kind);
        var detail = MessageText.Detail(report.Message);

        if (report.EventId is { } eventId && index.EventIds.TryGetValue(eventId, out var byEvent))
        {
            return new Classification(byEvent, MatchBasis.EventId, report, detail);
        }

        if (!string.IsNullOrWhiteSpace(report.Message))
        {
            var message = MessageText.Normalize(report.Message);
            foreach (var (pattern, entry) in index.Patterns)
            {
                if (message.Contains(pattern, StringComparison.Ordinal))
                {
                    return new Classification(entry, MatchBasis.Message, report, detail);
                }
            }
        }

        var code = report.Code?.Trim();
        if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && index.ErrorIds.TryGetValue(id, out var byId))
        {
            return new Classification(byId, MatchBasis.ErrorId, report, detail);
        }

        if (!string.IsNullOrEmpty(code) && index.Names.TryGetValue(code, out var byName))
        {
            return new Classification(byName, MatchBasis.ErrorName, report, detail);
        }

        return new Classification(ErrorCatalog.Unclassified, MatchBasis.None, report, detail);
    }

    /// <summary>Classifies the error a failed cycle reported.</summary>
    public static Classification Classify(ApplianceKind kind, CycleError error) => Classify(ErrorReport.FromCycleError(kind, error));

    /// <summary>Classifies one event-log entry on its own (see <see cref="HyperVEventCorrelator"/> for events together).</summary>
    public static Classification Classify(ApplianceKind kind, ReplicationEvent replicationEvent) =>
        Classify(ErrorReport.FromEvent(kind, replicationEvent));
}

using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>Builds <c>repl-alert/v1</c> alerts from catalog entries and diagnoses, and moves them through their lifecycle.</summary>
/// <remarks>
/// Recommended actions keep the catalog's order, except that steps for confirmed causes come first and
/// likely ones next; steps that only address causes the probes ruled out are left out. An alert never
/// goes out without a step: when every documented cause is ruled out (or no step is left), it ends with
/// what was checked, what to collect and where, and when to open a support case with which ids. The
/// context's host name fills the <c>&lt;host&gt;</c> placeholder of the steps.
/// </remarks>
public static class AlertBuilder
{
    /// <summary>A firing alert for <paramref name="entry"/>.</summary>
    /// <param name="entry">What fired.</param>
    /// <param name="context">Where, and the occurrence's own summary, severity and id.</param>
    /// <param name="causes">The diagnosis' assessments; empty to list the entry's causes as possible.</param>
    /// <param name="probeResults">The probe results behind the assessments.</param>
    /// <param name="at">When the condition was seen.</param>
    public static Alert Fire(
        CatalogEntry entry, AlertContext context, IReadOnlyList<CauseAssessment> causes, IReadOnlyList<ProbeResult> probeResults, DateTimeOffset at)
    {
        var key = AlertKey.Create(context.ApplianceId, context.VmId, entry.Code);
        var assessed = causes.Count > 0 ? causes : CauseAnalysis.Assess(entry, probeResults);
        return new Alert(
            Alert.SchemaV1,
            AlertIds.For(key, at),
            key.ToString(),
            AlertStatus.Firing,
            context.Severity ?? entry.Severity,
            entry.Code,
            context.ErrorId ?? (entry.Ids.Count > 0 ? entry.Ids[0] : null),
            context.ApplianceId,
            context.VmId,
            context.CycleId,
            entry.Title,
            context.Summary ?? entry.Summary,
            [.. assessed.Select(AlertCause.From)],
            Actions(entry, context, assessed),
            probeResults,
            at,
            at,
            1,
            entry.Links);
    }

    /// <summary>
    /// A firing alert for a classified product error; the summary defaults to the raw code and message, which
    /// an unclassified alert must keep.
    /// </summary>
    public static Alert Fire(
        Classification classification, AlertContext context, IReadOnlyList<CauseAssessment> causes, IReadOnlyList<ProbeResult> probeResults, DateTimeOffset at) =>
        Fire(classification.Entry,
            context with
            {
                Summary = classification.IsClassified ? context.Summary ?? classification.Report.Describe() : "Unclassified: " + classification.Report.Describe(),
                ErrorId = context.ErrorId ?? classification.ErrorId,
                HostName = classification.HostName ?? context.HostName,
            },
            causes, probeResults, at);

    /// <summary>A firing alert for a Hyper-V situation, with its severity, explanation and first event id.</summary>
    public static Alert Fire(HyperVSituation situation, AlertContext context, DateTimeOffset at) =>
        Fire(situation.Entry,
            context with
            {
                Summary = context.Summary ?? situation.Explanation,
                Severity = context.Severity ?? situation.Severity,
                // The entry's own id when an event carries it (32086 names a suspension, not the 32022 before it).
                ErrorId = context.ErrorId
                    ?? situation.Entry.Ids.Cast<int?>().FirstOrDefault(id => situation.Events.Any(e => e.EventId == id))
                    ?? (situation.Events.Count > 0 ? situation.Events[0].EventId : null),
            },
            [], [], at);

    /// <summary>
    /// The open alert seen again: same id and first-seen time, one more occurrence, everything else from
    /// <paramref name="fresh"/>. When <paramref name="open"/> is resolved, <paramref name="fresh"/> starts a new episode.
    /// </summary>
    /// <exception cref="ArgumentException">The two alerts have different dedup keys.</exception>
    public static Alert Refire(Alert open, Alert fresh)
    {
        if (open.DedupKey != fresh.DedupKey)
        {
            throw new ArgumentException($"Alert '{fresh.DedupKey}' cannot update alert '{open.DedupKey}'.", nameof(fresh));
        }

        return open.Status == AlertStatus.Resolved
            ? fresh
            : fresh with { Id = open.Id, FirstSeen = open.FirstSeen, Occurrences = open.Occurrences + 1, LastSeen = Later(open.LastSeen, fresh.LastSeen) };
    }

    /// <summary>The alert resolved at <paramref name="at"/>, with a new summary when given; a resolved alert stays as it is.</summary>
    public static Alert Resolve(Alert open, DateTimeOffset at, string? summary = null) =>
        open.Status == AlertStatus.Resolved
            ? open
            : open with { Status = AlertStatus.Resolved, LastSeen = Later(open.LastSeen, at), Summary = summary ?? open.Summary };

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static List<string> Actions(CatalogEntry entry, AlertContext context, IReadOnlyList<CauseAssessment> assessed)
    {
        var actions = OrderActions(entry, assessed);
        if (AlertEscalation.Applies(assessed, actions.Count))
        {
            actions.AddRange(AlertEscalation.Steps(entry, context, assessed));
        }

        // Only a DNS name or IP address goes into a command people copy.
        return context.HostName is { } host && Uri.CheckHostName(host) != UriHostNameType.Unknown
            ? [.. actions.Select(a => a.Replace("<host>", host, StringComparison.Ordinal))]
            : actions;
    }

    private static List<string> OrderActions(CatalogEntry entry, IReadOnlyList<CauseAssessment> causes)
    {
        var confidence = causes.ToDictionary(c => c.CauseId, c => c.Confidence, StringComparer.Ordinal);
        CauseConfidence? Best(RecommendedAction action) => action.ForCauses
            .Where(confidence.ContainsKey)
            .Select(id => (CauseConfidence?)confidence[id])
            .Min();

        return entry.Actions
            .Select(action => (action, best: Best(action)))
            .Where(a => a.action.ForCauses.Count == 0 || a.best != CauseConfidence.RuledOut)
            .OrderBy(a => a.best switch { CauseConfidence.Confirmed => 0, CauseConfidence.Likely => 1, _ => 2 })
            .Select(a => a.action.Text)
            .ToList();
    }
}

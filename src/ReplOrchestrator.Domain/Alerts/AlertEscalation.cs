using System.Globalization;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>
/// The steps an alert ends with when its documented causes leave nothing to do: what was checked, what to
/// collect and where, and when to open a support case with which ids.
/// </summary>
internal static class AlertEscalation
{
    /// <summary>
    /// Whether <paramref name="causes"/> leave nothing to do: every documented cause was ruled out, or no step
    /// is left (<paramref name="actionsLeft"/> is 0). Then the alert ends with <see cref="Steps"/>.
    /// </summary>
    public static bool Applies(IReadOnlyList<CauseAssessment> causes, int actionsLeft) =>
        actionsLeft == 0 || AllRuledOut(causes);

    /// <summary>The escalation steps for an alert of <paramref name="entry"/> in <paramref name="context"/>.</summary>
    public static IReadOnlyList<string> Steps(CatalogEntry entry, AlertContext context, IReadOnlyList<CauseAssessment> causes)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(context);
        var steps = new List<string>();
        var evidence = causes.SelectMany(c => c.Evidence).Distinct(StringComparer.Ordinal).ToList();
        if (AllRuledOut(causes) && evidence.Count > 0)
        {
            steps.Add($"Every documented cause was checked and ruled out: {string.Join("; ", evidence)}. What is left lies beyond these checks.");
        }

        steps.AddRange(SupportEvidence.For(entry.Product));
        steps.Add($"If it happens again with every check still passing, open a support case with {SupportEvidence.Recipient(entry.Product)} quoting "
            + $"{Ids(entry, context)} and the alert's firstSeen time, and attach what you collected.");
        return steps;
    }

    private static bool AllRuledOut(IReadOnlyList<CauseAssessment> causes) =>
        causes.Count > 0 && causes.All(c => c.Confidence == CauseConfidence.RuledOut);

    // "error 181008 (DisposeArtefactsTimedOut), VM vm-sql01, cycle c-17, appliance appl-contoso-01"
    private static string Ids(CatalogEntry entry, AlertContext context)
    {
        var id = context.ErrorId ?? (entry.Ids.Count > 0 ? entry.Ids[0] : null);
        var noun = entry.Kind is EntryKind.Event or EntryKind.Situation ? "event" : "error";
        var parts = new List<string> { id is { } number ? string.Create(CultureInfo.InvariantCulture, $"{noun} {number} ({entry.Code})") : entry.Code };
        if (context.VmId is { } vm)
        {
            parts.Add("VM " + vm);
        }

        if (context.CycleId is { } cycle)
        {
            parts.Add("cycle " + cycle);
        }

        parts.Add("appliance " + context.ApplianceId);
        return string.Join(", ", parts);
    }
}

using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>Judges each probable cause of a catalog entry against probe results.</summary>
/// <remarks>
/// Rules, per cause in catalog order:
/// <list type="number">
/// <item>If the cause it depends on is confirmed, it cannot be judged: <see cref="CauseConfidence.Possible"/>.</item>
/// <item>A failed decisive probe confirms it.</item>
/// <item>Otherwise, if each of its decisive probes ran and passed every time, it is ruled out.</item>
/// <item>Otherwise a failed indicative probe makes it likely.</item>
/// <item>Otherwise it is possible.</item>
/// </list>
/// A cause no probe tests becomes likely when every cause that probes do test was ruled out (nothing else
/// is left); otherwise it stays possible. Several results of one probe (several endpoints) count
/// together: any failure is a failure. Results of targets the monitor refused to probe
/// (<see cref="ProbeResult.Refused"/>) are left out: nothing was tested. The result lists confirmed causes first, then likely, possible
/// and ruled out, each in catalog order.
/// </remarks>
public static class CauseAnalysis
{
    /// <summary>Assesses every cause of <paramref name="entry"/>.</summary>
    public static IReadOnlyList<CauseAssessment> Assess(CatalogEntry entry, IReadOnlyList<ProbeResult> results)
    {
        var byProbe = results.Where(r => !r.Refused).ToLookup(r => r.Probe);
        var assessed = new Dictionary<string, CauseAssessment>(StringComparer.Ordinal);
        foreach (var cause in entry.Causes.Where(c => c.Probes.Count > 0))
        {
            assessed[cause.Id] = AssessProbed(cause, byProbe, assessed);
        }

        var probed = assessed.Values.ToList();
        var onlyUnprobedLeft = probed.Count > 0 && probed.All(a => a.Confidence == CauseConfidence.RuledOut);
        foreach (var cause in entry.Causes.Where(c => c.Probes.Count == 0))
        {
            assessed[cause.Id] = onlyUnprobedLeft
                ? new CauseAssessment(cause.Id, cause.Description, CauseConfidence.Likely, ["every probed cause was ruled out"])
                : new CauseAssessment(cause.Id, cause.Description, CauseConfidence.Possible, []);
        }

        return entry.Causes
            .Select((cause, order) => (Assessment: assessed[cause.Id], Order: order))
            .OrderBy(a => a.Assessment.Confidence)
            .ThenBy(a => a.Order)
            .Select(a => a.Assessment)
            .ToList();
    }

    private static CauseAssessment AssessProbed(
        ProbableCause cause, ILookup<ProbeKind, ProbeResult> byProbe, Dictionary<string, CauseAssessment> assessedSoFar)
    {
        if (cause.DependsOn is { } dependency
            && assessedSoFar.TryGetValue(dependency, out var prerequisite)
            && prerequisite.Confidence == CauseConfidence.Confirmed)
        {
            return new CauseAssessment(cause.Id, cause.Description, CauseConfidence.Possible,
                [$"cannot be checked while another cause is confirmed: {prerequisite.Cause}"]);
        }

        var relevant = cause.Probes.SelectMany(rule => byProbe[rule.Probe].Select(result => (rule, result))).ToList();
        var evidence = relevant.Select(pair => ProbeEvidenceText.Describe(pair.result)).ToList();

        // A direct test outranks an indirect one either way: an appliance that writes to storage is not
        // cut off from it, whatever the cloud side sees.
        var confidence =
            relevant.Any(p => !p.result.Ok && p.rule.Evidence == ProbeEvidence.Decisive) ? CauseConfidence.Confirmed
            : AllDecisivePassed(cause, byProbe) ? CauseConfidence.RuledOut
            : relevant.Any(p => !p.result.Ok) ? CauseConfidence.Likely
            : CauseConfidence.Possible;

        return new CauseAssessment(cause.Id, cause.Description, confidence, evidence);
    }

    private static bool AllDecisivePassed(ProbableCause cause, ILookup<ProbeKind, ProbeResult> byProbe)
    {
        var decisive = cause.Probes.Where(r => r.Evidence == ProbeEvidence.Decisive).ToList();
        return decisive.Count > 0 && decisive.All(rule => byProbe[rule.Probe].Any() && byProbe[rule.Probe].All(r => r.Ok));
    }
}

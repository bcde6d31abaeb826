using System.Globalization;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Notifications.Teams.AdaptiveElements;

namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>The parts of a card that tell about one alert.</summary>
internal static partial class TeamsCard
{
    private static JsonObject FiringSection(LabeledAlert labeled, CardBudget budget)
    {
        var alert = labeled.Alert;
        var items = new List<JsonNode> { Text(budget.Cut(alert.Summary), weight: "Bolder"), Facts(Where(labeled, budget)) };
        if (budget.Causes > 0 && alert.ProbableCauses.Count > 0)
        {
            items.Add(Heading("Probable causes"));
            foreach (var cause in alert.ProbableCauses.Take(budget.Causes))
            {
                items.Add(Text(budget.Cut($"**{Confidence(cause.Confidence)}** — {cause.Cause}")));
                var evidence = cause.Evidence.Take(budget.Evidence).Select(e => "- " + budget.Cut(e)).ToList();
                if (cause.Evidence.Count > evidence.Count)
                {
                    evidence.Add($"- …and {cause.Evidence.Count - evidence.Count} more");
                }

                if (evidence.Count > 0)
                {
                    items.Add(Text(string.Join("\r", evidence), subtle: true));
                }
            }

            AddMore(items, alert.ProbableCauses.Count - budget.Causes, "causes");
        }

        if (budget.Actions > 0 && alert.RecommendedActions.Count > 0)
        {
            // The alert already orders its actions: those for confirmed causes first.
            items.Add(Heading("Recommended actions"));
            var steps = alert.RecommendedActions.Take(budget.Actions).Select((a, i) => $"{i + 1}. {budget.Cut(a)}");
            items.Add(Text(string.Join("\r", steps)));
            AddMore(items, alert.RecommendedActions.Count - budget.Actions, "actions");
        }

        if (budget.Probes > 0 && alert.ProbeResults.Count > 0)
        {
            items.Add(Heading("Probe results"));
            items.Add(Facts(alert.ProbeResults.Take(budget.Probes).Select(p => (budget.Cut(ProbeTitle(p)), budget.Cut(ProbeValue(p))))));
            AddMore(items, alert.ProbeResults.Count - budget.Probes, "probe results");
        }

        return Container(items, separator: true);
    }

    private static JsonObject ResolvedSection(LabeledAlert labeled, CardBudget budget) =>
        Container([Text(budget.Cut(labeled.Alert.Summary), weight: "Bolder"), Facts(Where(labeled, budget))], separator: true);

    private static IEnumerable<(string Title, string Value)> Where(LabeledAlert labeled, CardBudget budget)
    {
        var alert = labeled.Alert;
        yield return ("Appliance", budget.Cut(alert.ApplianceId));
        if (alert.VmId is { } vm)
        {
            yield return ("VM", budget.Cut(vm));
        }

        if (labeled.Labels.Host.Length > 0)
        {
            yield return ("Host", budget.Cut(labeled.Labels.Host));
        }

        yield return ("Severity", labeled.IsEscalated ? $"{labeled.Labels.Severity} (escalated from {alert.Severity})" : alert.Severity.ToString());
        yield return ("First seen", When(alert.FirstSeen));
        yield return (alert.Status == AlertStatus.Resolved ? "Resolved" : "Last seen", When(alert.LastSeen));
        yield return ("Occurrences", alert.Occurrences.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>One alert in one line, for the alerts past the detailed ones.</summary>
    private static string OneLine(LabeledAlert labeled)
    {
        var alert = labeled.Alert;
        var where = alert.VmId ?? alert.ApplianceId;
        var host = labeled.Labels.Host.Length > 0 ? $" on {labeled.Labels.Host}" : string.Empty;
        var cause = alert.LeadingCause is { } lead ? $" ({Confidence(lead.Confidence)}: {lead.Cause})" : string.Empty;
        return $"**{where}**{host} — {alert.Summary}{cause}";
    }

    private static JsonObject ResolvedSince(List<LabeledAlert> resolved, CardBudget budget)
    {
        var names = resolved.Take(Math.Max(budget.Listed, 3)).Select(a => budget.Cut(a.Alert.VmId ?? a.Alert.ApplianceId)).ToList();
        var more = resolved.Count - names.Count;
        var text = $"Resolved since: {string.Join(", ", names)}" + (more > 0 ? $" …and {more} more" : string.Empty);
        return Text(text, subtle: true, separator: true);
    }

    private static void AddMore(List<JsonNode> items, int count, string what)
    {
        if (count > 0)
        {
            items.Add(More(count, what));
        }
    }

    private static string Confidence(CauseConfidence confidence) => confidence switch
    {
        CauseConfidence.Confirmed => "Confirmed",
        CauseConfidence.Likely => "Likely",
        CauseConfidence.Possible => "Possible",
        _ => "Ruled out",
    };

    private static string ProbeTitle(ProbeResult probe) =>
        $"{(probe.Ok ? "✅" : probe.Refused ? "⛔" : "❌")} {probe.Probe}" + (probe.Target is { } target ? $" {target}" : string.Empty);

    private static string ProbeValue(ProbeResult probe) =>
        (probe.Refused ? "not probed" : probe.Ok ? $"ok, {probe.LatencyMs.ToString(CultureInfo.InvariantCulture)} ms" : "failed")
        + (probe.Detail is { Length: > 0 } detail ? $" — {detail}" : string.Empty);
}

using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using static ReplOrchestrator.Domain.Notifications.NotificationText;
using static ReplOrchestrator.Domain.Notifications.Teams.AdaptiveElements;

namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>The parts of a card that tell about one alert.</summary>
internal static partial class TeamsCard
{
    private static JsonObject FiringSection(LabeledAlert labeled, CardBudget budget)
    {
        var alert = labeled.Alert;
        var items = new List<JsonNode> { Text(budget.Cut(alert.Summary), weight: "Bolder"), Facts(Where(labeled, budget.Cut)) };
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
        Container([Text(budget.Cut(labeled.Alert.Summary), weight: "Bolder"), Facts(Where(labeled, budget.Cut))], separator: true);

    /// <summary>One alert in one line, for the alerts past the detailed ones.</summary>
    private static string OneLine(LabeledAlert labeled)
    {
        var (who, rest) = Brief(labeled);
        return $"**{who}**{rest}";
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
}

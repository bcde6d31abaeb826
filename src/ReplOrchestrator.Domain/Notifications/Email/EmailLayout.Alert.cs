using static ReplOrchestrator.Domain.Notifications.NotificationText;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>The parts of a mail that tell about one alert.</summary>
internal static partial class EmailLayout
{
    private static IEnumerable<EmailBlock> FiringSection(LabeledAlert labeled)
    {
        var alert = labeled.Alert;
        var blocks = new List<EmailBlock> { new EmailBlock.Section(Line(alert.Summary)), new EmailBlock.Facts([.. Where(labeled, Line)]) };
        if (alert.ProbableCauses.Count > 0)
        {
            blocks.Add(new EmailBlock.Heading("Probable causes"));
            blocks.Add(new EmailBlock.List([.. alert.ProbableCauses.Take(Causes).Select(Cause)], Numbered: false));
            AddMore(blocks, alert.ProbableCauses.Count - Causes, "causes");
        }

        if (alert.RecommendedActions.Count > 0)
        {
            // The alert already orders its actions: those for confirmed causes first.
            blocks.Add(new EmailBlock.Heading("Recommended actions"));
            blocks.Add(new EmailBlock.List([.. alert.RecommendedActions.Take(Actions).Select(a => EmailItem.Plain(Line(a)))], Numbered: true));
            AddMore(blocks, alert.RecommendedActions.Count - Actions, "actions");
        }

        if (alert.ProbeResults.Count > 0)
        {
            blocks.Add(new EmailBlock.Heading("Probe results"));
            blocks.Add(new EmailBlock.Table(
                ["", "Probe", "Target", "Result"],
                [.. alert.ProbeResults.Take(Probes).Select(p => (IReadOnlyList<string>)[ProbeStatus(p), p.Probe.ToString(), Line(p.Target), Line(ProbeValue(p))])]));
            AddMore(blocks, alert.ProbeResults.Count - Probes, "probe results");
        }

        return blocks;
    }

    private static IEnumerable<EmailBlock> ResolvedSection(LabeledAlert labeled) =>
        [new EmailBlock.Section(Line(labeled.Alert.Summary)), new EmailBlock.Facts([.. Where(labeled, Line)])];

    private static EmailItem Cause(Alerts.AlertCause cause)
    {
        var evidence = cause.Evidence.Take(Evidence).Select(Line).ToList();
        if (cause.Evidence.Count > evidence.Count)
        {
            evidence.Add($"…and {cause.Evidence.Count - evidence.Count} more");
        }

        return new EmailItem(Confidence(cause.Confidence), Line($"— {cause.Cause}"), evidence);
    }
}

using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using static ReplOrchestrator.Domain.Notifications.NotificationText;
using static ReplOrchestrator.Domain.Notifications.Teams.AdaptiveElements;

namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>Builds the one Adaptive Card that tells a receiver about a whole group, within a <see cref="CardBudget"/>.</summary>
internal static partial class TeamsCard
{
    /// <summary>The card schema version: 1.4 renders in Teams on every client.</summary>
    public const string SchemaVersion = "1.4";

    /// <summary>The card for <paramref name="group"/>.</summary>
    public static JsonObject Build(NotificationGroup group, NotificationKind kind, TeamsCardOptions options, CardBudget budget)
    {
        var shown = NotificationText.Shown(group, kind);
        var body = new JsonArray { Header(group, kind, shown, budget), Facts(NotificationText.GroupFacts(group, kind, shown.Count)) };
        if (kind == NotificationKind.Updated && shown is [{ Alert.LeadingCause: { } lead }, ..])
        {
            body.Add(Text($"The diagnosis changed: the leading cause is now **{budget.Cut(lead.Cause)}** ({Confidence(lead.Confidence)}).", color: "Accent"));
        }

        foreach (var alert in shown.Take(budget.Detailed))
        {
            body.Add(kind == NotificationKind.Resolved ? ResolvedSection(alert, budget) : FiringSection(alert, budget));
        }

        var listed = shown.Skip(budget.Detailed).Take(budget.Listed).ToList();
        if (listed.Count > 0)
        {
            body.Add(Container([.. listed.Select(a => (JsonNode)Text(budget.Cut(OneLine(a)), subtle: false))], separator: true));
        }

        var omitted = shown.Count - budget.Detailed - listed.Count;
        if (omitted > 0)
        {
            body.Add(More(omitted, omitted == 1 ? "alert" : "alerts"));
        }

        if (kind != NotificationKind.Resolved && group.SendResolved && group.Resolved.ToList() is { Count: > 0 } resolved)
        {
            body.Add(ResolvedSince(resolved, budget));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = SchemaVersion,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
        };
        if (Links(shown, options) is { Count: > 0 } links)
        {
            card["actions"] = new JsonArray([.. links]);
        }

        return card;
    }

    private static JsonObject Header(NotificationGroup group, NotificationKind kind, List<LabeledAlert> shown, CardBudget budget)
    {
        var headline = NotificationHeadline.Of(group, kind, shown);
        var count = shown.Count == 1 ? string.Empty : $" — {shown.Count} alerts";
        var style = headline.Severity switch
        {
            null => "good",
            AlertSeverity.Critical => "attention",
            AlertSeverity.Warning => "warning",
            _ => "accent",
        };
        return Container(
            [
                Text(budget.Cut(headline.Text + count), weight: "Bolder", size: "Large"),
                Text(budget.Cut(headline.Lead.Title), subtle: true),
            ],
            style: style,
            bleed: true);
    }

    private static List<JsonNode> Links(List<LabeledAlert> shown, TeamsCardOptions options) =>
        [.. NotificationText.Links(shown, options).Select(l => (JsonNode)OpenUrl(l.Title, l.Url))];
}

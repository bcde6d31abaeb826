using System.Globalization;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
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
        var shown = kind == NotificationKind.Resolved ? group.Resolved.ToList() : group.Firing.ToList();
        var body = new JsonArray { Header(group, kind, shown, budget), GroupFacts(group, kind, shown) };
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
        var first = shown.Count > 0 ? shown[0].Alert : group.Alerts[0].Alert;
        AlertSeverity? severity = kind == NotificationKind.Resolved ? null : Severity(shown);
        var prefix = kind switch
        {
            NotificationKind.Resolved => "[RESOLVED]",
            NotificationKind.Updated => $"[UPDATED:{severity}]",
            _ => $"[FIRING:{severity}]",
        };
        var subject = shown.Count == 1 ? first.VmId ?? first.ApplianceId : first.ApplianceId;
        var count = shown.Count == 1 ? string.Empty : $" — {shown.Count} alerts";
        var style = severity switch
        {
            null => "good",
            AlertSeverity.Critical => "attention",
            AlertSeverity.Warning => "warning",
            _ => "accent",
        };
        return Container(
            [
                Text(budget.Cut($"{prefix} {subject} {CodeAndId(first)}{count}"), weight: "Bolder", size: "Large"),
                Text(budget.Cut(first.Title), subtle: true),
            ],
            style: style,
            bleed: true);
    }

    private static JsonObject GroupFacts(NotificationGroup group, NotificationKind kind, List<LabeledAlert> shown)
    {
        var facts = group.GroupLabels.Where(l => l.Value.Length > 0).Select(l => (l.Key, l.Value)).ToList();
        facts.Add((kind == NotificationKind.Resolved ? "Resolved" : "Firing", shown.Count.ToString(CultureInfo.InvariantCulture)));
        facts.Add(("Receiver", group.Receiver));
        return Facts(facts);
    }

    /// <summary>The most urgent effective severity (after escalation) among <paramref name="alerts"/>.</summary>
    private static AlertSeverity Severity(List<LabeledAlert> alerts) =>
        alerts.Count == 0 ? AlertSeverity.Info
        : alerts.Max(a => Enum.TryParse<AlertSeverity>(a.Labels.Severity, out var s) ? s : a.Alert.Severity);

    private static string CodeAndId(Alert alert) =>
        alert.ErrorId is { } id ? $"{alert.Code} ({id.ToString(CultureInfo.InvariantCulture)})" : alert.Code;

    private static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static List<JsonNode> Links(List<LabeledAlert> shown, TeamsCardOptions options)
    {
        var links = new List<(string Title, string Url)>();
        if (options.DashboardVmUrl is { } template && shown is [{ Alert.VmId: { } vmId } single] && shown.Count == 1)
        {
            links.Add(("Open the VM", template
                .Replace("{applianceId}", Uri.EscapeDataString(single.Alert.ApplianceId), StringComparison.Ordinal)
                .Replace("{vmId}", Uri.EscapeDataString(vmId), StringComparison.Ordinal)));
        }

        links.AddRange(shown.SelectMany(a => a.Alert.Links).Select(l => (l.Title, l.Url)));
        return [.. links.DistinctBy(l => l.Url).Take(MaxLinks).Select(l => (JsonNode)OpenUrl(l.Title, l.Url))];
    }

    private const int MaxLinks = 4;
}

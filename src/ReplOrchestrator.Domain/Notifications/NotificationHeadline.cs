using System.Globalization;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// What a notification about a group leads with, the same in a Teams card's header and a mail's subject:
/// <c>[FIRING:Critical] vm-01 DiskUploadTimedOut (1011)</c>.
/// </summary>
/// <param name="Prefix"><c>[FIRING:{severity}]</c>, <c>[UPDATED:{severity}]</c> or <c>[RESOLVED]</c>.</param>
/// <param name="Severity">The most urgent effective severity of the alerts told about; null for a resolution.</param>
/// <param name="Name">The VM when one alert is told about (its appliance for an appliance-level alert), else the appliance.</param>
/// <param name="CodeAndId">The lead alert's code, with its Microsoft error id in parentheses when it has one.</param>
/// <param name="Lead">The alert the notification leads with.</param>
/// <param name="Count">How many alerts the notification tells about.</param>
internal sealed record NotificationHeadline(string Prefix, AlertSeverity? Severity, string Name, string CodeAndId, Alert Lead, int Count)
{
    /// <summary>The headline of a notification of <paramref name="kind"/> telling about <paramref name="shown"/>, alerts of <paramref name="group"/>.</summary>
    public static NotificationHeadline Of(NotificationGroup group, NotificationKind kind, IReadOnlyList<LabeledAlert> shown)
    {
        var lead = shown.Count > 0 ? shown[0].Alert : group.Alerts[0].Alert;
        AlertSeverity? severity = kind == NotificationKind.Resolved ? null : MostUrgent(shown);
        var prefix = kind switch
        {
            NotificationKind.Resolved => "[RESOLVED]",
            NotificationKind.Updated => $"[UPDATED:{severity}]",
            _ => $"[FIRING:{severity}]",
        };
        var name = shown.Count == 1 ? lead.VmId ?? lead.ApplianceId : lead.ApplianceId;
        var code = lead.ErrorId is { } id ? $"{lead.Code} ({id.ToString(CultureInfo.InvariantCulture)})" : lead.Code;
        return new NotificationHeadline(prefix, severity, name, code, lead, shown.Count);
    }

    /// <summary>The prefix, the name and the code, for example <c>[FIRING:Critical] vm-01 DiskUploadTimedOut (1011)</c>.</summary>
    public string Text => $"{Prefix} {Name} {CodeAndId}";

    /// <summary>The most urgent effective severity (after escalation) among <paramref name="alerts"/>.</summary>
    private static AlertSeverity MostUrgent(IReadOnlyList<LabeledAlert> alerts) =>
        alerts.Count == 0 ? AlertSeverity.Info
        : alerts.Max(a => Enum.TryParse<AlertSeverity>(a.Labels.Severity, out var s) ? s : a.Alert.Severity);
}

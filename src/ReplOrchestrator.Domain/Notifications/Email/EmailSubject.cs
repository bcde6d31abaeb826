using static ReplOrchestrator.Domain.Notifications.NotificationText;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>
/// A mail's subject: the headline, then the one alert's summary or how many VMs and which, for example
/// <c>[FIRING:Critical] sql01 DiskUploadTimedOut (1011) — disk-0 stalled at 6 %</c> or
/// <c>[FIRING:Critical] appl-01 HostConnectionRefused (1022) — 12 VMs: sql01, sql02, …</c>.
/// </summary>
internal static class EmailSubject
{
    /// <summary>The longest subject, in characters; a longer one ends in an ellipsis.</summary>
    public const int MaxLength = 200;

    /// <summary>The subject of a mail with <paramref name="headline"/> about <paramref name="shown"/>: on one line, at most <see cref="MaxLength"/>.</summary>
    public static string Of(NotificationHeadline headline, IReadOnlyList<LabeledAlert> shown)
    {
        var about = shown switch
        {
            [] => string.Empty,
            [var one] => one.Alert.Summary,
            _ when shown.All(a => a.Alert.VmId is not null) => $"{shown.Count} VMs: {Names(shown)}",
            _ => $"{shown.Count} alerts: {Names(shown)}",
        };
        var subject = about.Length > 0 ? $"{headline.Text} — {about}" : headline.Text;
        return Cut(SingleLine(subject), MaxLength);
    }

    // Only as many names as can show: the subject is cut at MaxLength anyway.
    private static string Names(IReadOnlyList<LabeledAlert> shown) =>
        string.Join(", ", shown.Take(MaxLength / 2).Select(a => a.Alert.VmId ?? a.Alert.ApplianceId));
}

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>
/// The mail that tells a receiver about a whole group, with the same content as its Teams card: a subject, a
/// <c>text/plain</c> part and a <c>text/html</c> part carrying the same facts. Alert text is treated as hostile:
/// the subject holds no line break or control character, and every value in the HTML part is encoded.
/// </summary>
/// <param name="Kind">Which variant the mail is.</param>
/// <param name="Subject">The subject, on one line and at most 200 characters.</param>
/// <param name="Text">The plain-text part, lines ending in CRLF.</param>
/// <param name="Html">The HTML part, a whole document.</param>
/// <param name="AlertsShown">How many alerts the mail names, in full or in one line.</param>
/// <param name="AlertsOmitted">How many it only counts ("…and N more alerts").</param>
public sealed record EmailContent(NotificationKind Kind, string Subject, string Text, string Html, int AlertsShown, int AlertsOmitted)
{
    /// <summary>The mail for <paramref name="group"/>.</summary>
    /// <param name="group">A group with at least one alert.</param>
    /// <param name="kind">The variant: firing, updated (the diagnosis changed the leading cause) or resolved.</param>
    /// <param name="options">Links; null for the defaults. A <see cref="Teams.TeamsCardOptions"/> serves too (its size limit does not apply to mail).</param>
    /// <exception cref="ArgumentException">The group has no alerts.</exception>
    public static EmailContent Create(NotificationGroup group, NotificationKind kind, NotificationContentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Alerts.Count == 0)
        {
            throw new ArgumentException("A notification group has at least one alert.", nameof(group));
        }

        var shown = NotificationText.Shown(group, kind);
        var subject = EmailSubject.Of(NotificationHeadline.Of(group, kind, shown), shown);
        var blocks = EmailLayout.Build(group, kind, shown, options ?? new NotificationContentOptions());
        var named = Math.Min(shown.Count, EmailLayout.Detailed + EmailLayout.Listed);
        return new EmailContent(kind, subject, EmailText.Render(blocks), EmailHtml.Render(subject, blocks), named, shown.Count - named);
    }
}

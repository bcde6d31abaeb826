using MimeKit;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Email;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>
/// The MIME message for one notification: <c>multipart/alternative</c> with the text and the HTML part, and ids
/// that let mail clients thread an episode: <c>Message-ID: &lt;{episode}.{sequence}@{sender's domain}&gt;</c>, and
/// on every later notification <c>In-Reply-To</c> and <c>References</c> naming the episode's first.
/// </summary>
internal static class SmtpEmailMessage
{
    /// <summary>The message of <paramref name="content"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The sender; its domain ends every id, so ids stay unique to the sending system.</param>
    /// <param name="to">The recipients.</param>
    /// <param name="content">The subject and both parts.</param>
    /// <param name="thread">Where this notification stands in its episode; the same on every retry, so a retried mail carries the same id.</param>
    /// <param name="date">The <c>Date</c> header.</param>
    public static MimeMessage Create(MailboxAddress from, IReadOnlyList<MailboxAddress> to, EmailContent content, NotificationThread thread, DateTimeOffset date)
    {
        var message = new MimeMessage { Subject = content.Subject, Date = date, MessageId = Id(thread.EpisodeId, thread.Sequence, from.Domain) };
        message.From.Add(from);
        message.To.AddRange(to);
        if (!thread.IsFirst)
        {
            var first = Id(thread.EpisodeId, 0, from.Domain);
            message.InReplyTo = first;
            message.References.Add(first);
        }

        // Automatic mail (RFC 3834): no out-of-office or other auto-replies back to the sender.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Body = new BodyBuilder { TextBody = content.Text, HtmlBody = content.Html }.ToMessageBody();
        return message;
    }

    private static string Id(string episodeId, int sequence, string domain) =>
        $"{episodeId}.{sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}@{domain}";
}

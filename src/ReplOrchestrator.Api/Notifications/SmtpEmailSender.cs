using System.Globalization;
using System.Net.Security;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Email;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>
/// Mails one notification about a group through an SMTP server once and says how it went; it never retries, so its
/// durable caller owns retries and their backoff (and no mail is sent again after the server's 250). One connection
/// per mail: STARTTLS (the ACS SMTP relay's mode, <c>smtp.azurecomm.net:587</c>), TLS from the first byte, or plain
/// for a local relay; AUTH when the target has a user name.
/// </summary>
/// <remarks>
/// The password never reaches a result or the log, and neither does an exception's message (a server's answer can
/// echo what it was sent). The server's certificate is checked by the platform unless
/// <see cref="ServerCertificateValidation"/> says otherwise.
/// </remarks>
/// <param name="time">Dates the mail.</param>
/// <param name="logger">Where each outcome is logged.</param>
public sealed partial class SmtpEmailSender(TimeProvider time, ILogger<SmtpEmailSender> logger)
{
    /// <summary>How long one mail may take, from connecting to the server's answer to the data, before it counts as an outage to retry.</summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What the mail links to (the dashboard's VM page); a <see cref="Domain.Notifications.Teams.TeamsCardOptions"/> serves too.</summary>
    /// <value>Defaults to no dashboard: the mail links only to documentation.</value>
    public NotificationContentOptions Content { get; init; } = new();

    /// <summary>
    /// Decides whether to trust the server's certificate instead of the platform; null (the default, and the only
    /// right value in production) keeps the platform's verdict: a chain to a trusted root, for the server's name,
    /// in date. Tests set it to trust a certificate they made.
    /// </summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; init; }

    /// <summary>Mails the notification of <paramref name="kind"/> about <paramref name="group"/> to <paramref name="target"/> once.</summary>
    /// <param name="target">The recipients, the sender address and the SMTP server.</param>
    /// <param name="group">The alerts to tell about; at least one.</param>
    /// <param name="kind">Firing, updated or resolved.</param>
    /// <param name="thread">Where the notification stands in its episode: gives the <c>Message-ID</c>, and <c>In-Reply-To</c> after the first.</param>
    /// <param name="cancellationToken">Cancels the delivery; cancellation is thrown, not turned into a result.</param>
    /// <returns>Delivered, or a failure that says whether retrying can help.</returns>
    public async Task<DeliveryResult> SendAsync(
        EmailTargetOptions target, NotificationGroup group, NotificationKind kind, NotificationThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(thread);
        var server = $"{target.SmtpHost}:{target.EffectivePort().ToString(CultureInfo.InvariantCulture)}";
        if (Addresses(target) is not { } addresses)
        {
            var invalid = new DeliveryResult.Failed("the From or a To address is not a mail address", Permanent: true);
            LogRefused(server, invalid.Reason);
            return invalid;
        }

        var (from, to) = addresses;
        using var message = SmtpEmailMessage.Create(from, to, EmailContent.Create(group, kind, Content), thread, time.GetUtcNow());
        var result = await DeliverAsync(target, server, message, cancellationToken);
        Log(server, message.MessageId ?? string.Empty, to.Count, result);
        return result;
    }

    private async Task<DeliveryResult> DeliverAsync(EmailTargetOptions target, string server, MimeMessage message, CancellationToken cancellationToken)
    {
        CertificateRejection? rejection = null;
        using var client = new SmtpClient
        {
            Timeout = (int)Math.Min(int.MaxValue, Timeout.TotalMilliseconds),
            ServerCertificateValidationCallback = (sender, certificate, chain, errors) =>
            {
                var trusted = ServerCertificateValidation?.Invoke(sender, certificate, chain, errors) ?? errors == SslPolicyErrors.None;
                rejection = trusted ? null : CertificateRejection.Of(certificate, chain, errors);
                return trusted;
            },
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var stage = SmtpStage.Connect;
        try
        {
            await client.ConnectAsync(target.SmtpHost, target.EffectivePort(), Mode(target.Security), timeout.Token);
            if (!string.IsNullOrEmpty(target.Username))
            {
                stage = SmtpStage.Authenticate;
                await client.AuthenticateAsync(target.Username, target.Password ?? string.Empty, timeout.Token);
            }

            stage = SmtpStage.Send;
            await client.SendAsync(message, timeout.Token);
        }
        // Whichever fires first, the client's own read timeout or the whole delivery's, it is the same outage.
        catch (Exception e) when (e is TimeoutException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return SmtpEmailAnswers.TimedOut(server, stage, Timeout);
        }
        catch (Exception e) when (SmtpEmailAnswers.Classify(e, stage, server, rejection) is { } failed)
        {
            return failed;
        }

        await QuitAsync(client);
        return new DeliveryResult.Delivered();
    }

    // The server has taken the mail: a QUIT that fails changes nothing, and must not turn delivered into a retry.
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.DisconnectAsync(quit: true, quit.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or System.Net.Sockets.SocketException or SmtpProtocolException or SmtpCommandException)
        {
        }
    }

    private static (MailboxAddress From, List<MailboxAddress> To)? Addresses(EmailTargetOptions target)
    {
        if (!MailboxAddress.TryParse(target.From, out var from) || from.Domain.Length == 0 || target.To.Count == 0)
        {
            return null;
        }

        var to = new List<MailboxAddress>(target.To.Count);
        foreach (var address in target.To)
        {
            if (!MailboxAddress.TryParse(address, out var recipient))
            {
                return null;
            }

            to.Add(recipient);
        }

        return (from, to);
    }

    private static SecureSocketOptions Mode(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    private void Log(string server, string messageId, int recipients, DeliveryResult result)
    {
        switch (result)
        {
            case DeliveryResult.Delivered:
                LogDelivered(messageId, recipients, server);
                break;
            case DeliveryResult.Failed { Permanent: true } failed:
                LogRefused(server, failed.Reason);
                break;
            case DeliveryResult.Failed failed:
                LogUnavailable(server, failed.Reason);
                break;
        }
    }

    [LoggerMessage(EventId = 6211, Level = LogLevel.Debug, Message = "Mail {MessageId} to {Recipients} recipients delivered via {Server}")]
    private partial void LogDelivered(string messageId, int recipients, string server);

    [LoggerMessage(EventId = 6213, Level = LogLevel.Warning, Message = "Mail via {Server} not delivered, to retry: {Reason}")]
    private partial void LogUnavailable(string server, string reason);

    [LoggerMessage(EventId = 6214, Level = LogLevel.Error, Message = "Mail via {Server} refused, not retried until the configuration changes: {Reason}")]
    private partial void LogRefused(string server, string reason);
}

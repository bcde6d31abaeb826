using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>
/// What an SMTP server's refusal, or the lack of an answer, means for delivery: a 4xx or an outage is retried, a 5xx,
/// refused credentials or an untrusted certificate is a configuration error. Reasons name the server and the SMTP
/// status, never the exception's message: a server may echo the user name or worse back into it.
/// </summary>
internal static class SmtpEmailAnswers
{
    /// <summary>The result of <paramref name="error"/>, thrown at <paramref name="stage"/>; null when it is not an SMTP, TLS or network failure.</summary>
    /// <param name="error">What the client threw.</param>
    /// <param name="stage">How far the delivery got.</param>
    /// <param name="server"><c>host:port</c>, for the reason.</param>
    /// <param name="rejection">The certificate the validation refused during this delivery, if it refused one.</param>
    public static DeliveryResult.Failed? Classify(Exception error, SmtpStage stage, string server, CertificateRejection? rejection) =>
        error switch
        {
            SmtpCommandException command => Refused(command.StatusCode, command.ErrorCode, stage, server),
            AuthenticationException { InnerException: SmtpCommandException { StatusCode: var status } } when IsTransient(status) =>
                Transient($"the SMTP server {server} could not check the credentials now ({Code(status)})"),
            AuthenticationException auth =>
                new($"the SMTP server {server} refused the credentials ({AuthCode(auth)}): check the user name and the password or client secret", Permanent: true),
            SslHandshakeException when rejection is { } refused => new(refused.Reason(server), Permanent: true),
            SslHandshakeException => new($"the TLS handshake with the SMTP server {server} failed: check that the port speaks the configured security mode", Permanent: true),
            NotSupportedException when stage == SmtpStage.Connect => new($"the SMTP server {server} does not offer STARTTLS: use Security None only for a relay on a trusted network", Permanent: true),
            NotSupportedException when stage == SmtpStage.Authenticate => new($"the SMTP server {server} does not offer authentication: remove the user name or use another server", Permanent: true),
            SocketException socket => Transient($"could not reach the SMTP server {server} ({socket.SocketErrorCode})"),
            IOException or SmtpProtocolException or ServiceNotConnectedException => Transient($"the connection to the SMTP server {server} broke while {Doing(stage)} ({error.GetType().Name})"),
            _ => null,
        };

    /// <summary>The result of a delivery that did not finish within <paramref name="timeout"/>.</summary>
    public static DeliveryResult.Failed TimedOut(string server, SmtpStage stage, TimeSpan timeout) =>
        Transient($"the SMTP server {server} did not finish {Doing(stage)} within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");

    private static DeliveryResult.Failed Refused(SmtpStatusCode status, SmtpErrorCode error, SmtpStage stage, string server)
    {
        var what = error switch
        {
            SmtpErrorCode.SenderNotAccepted => "the sender",
            SmtpErrorCode.RecipientNotAccepted => "a recipient",
            SmtpErrorCode.MessageNotAccepted => "the message",
            _ => stage switch
            {
                SmtpStage.Connect => "the connection",
                SmtpStage.Authenticate => "the credentials",
                _ => "the message",
            },
        };
        return IsTransient(status)
            ? Transient($"the SMTP server {server} answered {Code(status)} to {what}")
            : new($"the SMTP server {server} refused {what} ({Code(status)})", Permanent: (int)status >= 500);
    }

    private static bool IsTransient(SmtpStatusCode status) => (int)status is >= 400 and < 500;

    private static DeliveryResult.Failed Transient(string reason) => new($"{reason}; retry later", Permanent: false);

    private static string Code(SmtpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);

    // MailKit puts the status first in the message ("535: 5.7.8 Authentication failed"); only those digits are kept.
    private static string AuthCode(AuthenticationException auth) =>
        auth.InnerException is SmtpCommandException command ? Code(command.StatusCode)
        : auth.Message.Length >= 3 && auth.Message[..3].All(char.IsAsciiDigit) ? auth.Message[..3]
        : "AUTH refused";

    private static string Doing(SmtpStage stage) => stage switch
    {
        SmtpStage.Connect => "connecting",
        SmtpStage.Authenticate => "authenticating",
        _ => "sending",
    };
}

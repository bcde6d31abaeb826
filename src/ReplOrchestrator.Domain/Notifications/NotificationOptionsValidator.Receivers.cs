using System.Net;
using System.Net.Mail;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Notifications;

internal sealed partial class NotificationOptionsValidator
{
    private void Receiver(ReceiverOptions receiver, string path, int index)
    {
        if (ContractId.Explain(receiver.Name) is { } nameProblem)
        {
            _rules.Require(false, $"{path}:Name {nameProblem}.");
        }
        else if (!_receivers.TryAdd(receiver.Name, index))
        {
            _rules.Require(false, $"{path}:Name '{receiver.Name}' is already the name of {Section}:Receivers:{_receivers[receiver.Name]}.");
        }

        _rules.Require(receiver.Teams.Count + receiver.Email.Count > 0,
            $"{path} has no target: give it Teams:{{m}}:WebhookUrl or Email:{{m}} settings.");
        for (var m = 0; m < receiver.Teams.Count; m++)
        {
            Teams(receiver.Teams[m], $"{path}:Teams:{m}");
        }

        for (var m = 0; m < receiver.Email.Count; m++)
        {
            Email(receiver.Email[m], $"{path}:Email:{m}");
        }
    }

    // The URL is never echoed: its query is the signature that lets anyone post to the channel.
    private void Teams(TeamsTargetOptions teams, string path)
    {
        if (string.IsNullOrWhiteSpace(teams.WebhookUrl))
        {
            _rules.Require(false, $"{path}:WebhookUrl is required.");
            return;
        }

        var valid = Uri.TryCreate(teams.WebhookUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            && uri.Host.Length > 0;
        _rules.Require(valid, $"{path}:WebhookUrl must be an absolute https URL, or http to a loopback address (the value is not shown: it holds the workflow's signature).");
        if (valid && uri!.Host.EndsWith(".webhook.office.com", StringComparison.OrdinalIgnoreCase))
        {
            _rules.Require(false, $"{path}:WebhookUrl is an Office 365 connector URL ({uri.Host}), which Microsoft retired: "
                + "create a Teams Workflows webhook (\"Post to a channel when a webhook request is received\") and use its URL.");
        }
    }

    private void Email(EmailTargetOptions email, string path)
    {
        _rules.Require(email.To.Count > 0, $"{path}:To needs at least one address.");
        for (var k = 0; k < email.To.Count; k++)
        {
            _rules.Require(MailAddress.TryCreate(email.To[k], out _), $"{path}:To:{k} '{email.To[k]}' is not an email address.");
        }

        _rules
            .Require(!string.IsNullOrWhiteSpace(email.From), $"{path}:From is required.")
            .Require(string.IsNullOrWhiteSpace(email.From) || MailAddress.TryCreate(email.From, out _), $"{path}:From '{email.From}' is not an email address.")
            .Require(!string.IsNullOrWhiteSpace(email.SmtpHost), $"{path}:SmtpHost is required.")
            .Require(string.IsNullOrWhiteSpace(email.SmtpHost) || Uri.CheckHostName(email.SmtpHost) != UriHostNameType.Unknown,
                $"{path}:SmtpHost '{email.SmtpHost}' is not a DNS name or IP address.")
            .Require(Enum.IsDefined(email.Security), $"{path}:Security must be None, StartTls or Tls.");
        if (email.SmtpPort is { } port)
        {
            _rules.Between($"{path}:SmtpPort", port, 1, 65535);
        }

        var hasUser = !string.IsNullOrEmpty(email.Username);
        var hasPassword = !string.IsNullOrEmpty(email.Password);
        _rules
            .Require(hasUser || !hasPassword, $"{path}:Password is set without a Username.")
            .Require(hasPassword || !hasUser, $"{path}:Username is set without a Password.")
            .Require(!hasPassword || email.Security != SmtpSecurity.None || IsLoopback(email.SmtpHost),
                $"{path}:Security None would send the password in clear to {email.SmtpHost}: use StartTls or Tls, or a relay on this machine.");
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}

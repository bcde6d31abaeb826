namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// One email target of a receiver: recipients and the SMTP server that takes the mail; bound from
/// <c>Repl:Notifications:Receivers:{n}:Email:{m}</c>. The ACS SMTP relay is <c>smtp.azurecomm.net</c>,
/// STARTTLS on 587, username <c>&lt;resource&gt;|&lt;app id&gt;|&lt;tenant id&gt;</c>, password an Entra client secret.
/// </summary>
public sealed record EmailTargetOptions
{
    /// <summary>The recipients; at least one.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>The sender address (a display name form such as <c>Repl &lt;repl@contoso.com&gt;</c> is accepted).</summary>
    public string From { get; init; } = string.Empty;

    /// <summary>The SMTP server's DNS name or IP address.</summary>
    public string SmtpHost { get; init; } = string.Empty;

    /// <summary>The SMTP port; null for the security mode's usual one (see <see cref="EffectivePort"/>).</summary>
    public int? SmtpPort { get; init; }

    /// <summary>How the connection is secured.</summary>
    /// <value>Defaults to <see cref="SmtpSecurity.StartTls"/>.</value>
    public SmtpSecurity Security { get; init; } = NotificationDefaults.Security;

    /// <summary>The SMTP user name; null to send without authentication. Set with <see cref="Password"/> or not at all.</summary>
    public string? Username { get; init; }

    /// <summary>The SMTP password; a secret, never shown in validation messages or <see cref="ToString"/>.</summary>
    public string? Password { get; init; }

    // A method, not a property: the binder treats every property name as a known key, so a "Port" property would
    // silently swallow a misspelled Email:{m}:Port instead of failing on it.
    /// <summary>The port used: <see cref="SmtpPort"/>, else 25, 587 or 465 by <see cref="Security"/>.</summary>
    public int EffectivePort() => SmtpPort ?? NotificationDefaults.SmtpPortFor(Security);

    /// <summary>Describes the target without its password.</summary>
    public override string ToString() =>
        $"Email to {string.Join(", ", To)} from {From} via {SmtpHost}:{EffectivePort().ToString(System.Globalization.CultureInfo.InvariantCulture)} ({Security}), "
        + $"user {Username ?? "(none)"}, password {Redaction.Secret(Password)}";
}

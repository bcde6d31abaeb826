namespace ReplOrchestrator.Api.Notifications;

/// <summary>How far one SMTP delivery got, so a failure's reason can say where it stopped.</summary>
internal enum SmtpStage
{
    /// <summary>Connecting, the greeting, and TLS (implicit or STARTTLS).</summary>
    Connect,

    /// <summary>AUTH with the target's user name and password.</summary>
    Authenticate,

    /// <summary>MAIL FROM, RCPT TO and DATA.</summary>
    Send,
}

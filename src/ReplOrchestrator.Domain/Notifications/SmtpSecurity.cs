namespace ReplOrchestrator.Domain.Notifications;

/// <summary>How an email target's SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain SMTP, for a relay on this machine or a trusted network; port 25 by default. Credentials are refused with it unless the relay is on a loopback address.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS before anything is sent (the ACS SMTP relay's mode); port 587 by default.</summary>
    StartTls,

    /// <summary>TLS from the first byte (SMTPS); port 465 by default.</summary>
    Tls,
}

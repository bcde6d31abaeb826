namespace ReplOrchestrator.Domain.Notifications;

/// <summary>Which moment of a group's life a notification (a Teams card, a mail) tells about.</summary>
public enum NotificationKind
{
    /// <summary>Alerts fire (the first notification of a group, or a repeat).</summary>
    Firing,

    /// <summary>Alerts still fire, but a diagnosis changed what the card leads with (the cause).</summary>
    Updated,

    /// <summary>The group's alerts resolved.</summary>
    Resolved,
}

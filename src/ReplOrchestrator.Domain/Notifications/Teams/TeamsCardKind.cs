namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>Which moment of a group's life a Teams card tells about.</summary>
public enum TeamsCardKind
{
    /// <summary>Alerts fire (the first notification of a group, or a repeat).</summary>
    Firing,

    /// <summary>Alerts still fire, but a diagnosis changed what the card leads with (the cause).</summary>
    Updated,

    /// <summary>The group's alerts resolved.</summary>
    Resolved,
}

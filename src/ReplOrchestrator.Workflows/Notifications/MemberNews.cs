namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>What a group's receiver has not been told yet about one of its alerts.</summary>
public enum MemberNews
{
    /// <summary>Nothing: the last notification told it as it is.</summary>
    None,

    /// <summary>The alert joined the group (or began a new episode) since the last notification.</summary>
    New,

    /// <summary>A diagnosis changed the alert's cause, severity or evidence.</summary>
    Updated,

    /// <summary>The alert resolved.</summary>
    Resolved,
}

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>What a <see cref="GroupSignal"/> asks of a notification group.</summary>
public enum GroupSignalKind
{
    /// <summary>The alert joins the group, or its newer version replaces the one the group holds.</summary>
    Upsert,

    /// <summary>The alert leaves the group untold: a silence or inhibition now mutes it, or it was routed elsewhere (an escalation).</summary>
    Withdraw,
}

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>Where an alert lifecycle is.</summary>
public enum AlertPhase
{
    /// <summary>Nothing has fired yet.</summary>
    Idle,

    /// <summary>Fired; waiting the grouping wait before the first notification.</summary>
    Pending,

    /// <summary>Fired and notified (or muted); repeats after the repeat interval.</summary>
    Firing,

    /// <summary>Cleared; resolves once it has stayed clear for the resolve hold.</summary>
    Resolving,

    /// <summary>Resolved; a new fire starts a new alert.</summary>
    Resolved,
}

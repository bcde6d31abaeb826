namespace ReplOrchestrator.Domain.Alerts;

/// <summary>How urgently an alert needs a person; values order by urgency, so they compare.</summary>
public enum AlertSeverity
{
    /// <summary>Worth knowing; no action needed now.</summary>
    Info = 0,

    /// <summary>Replication is degraded or at risk; act within working hours.</summary>
    Warning = 1,

    /// <summary>Replication is stopped or the RPO is lost; act now.</summary>
    Critical = 2,
}

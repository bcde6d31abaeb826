namespace ReplOrchestrator.Domain.Health;

/// <summary>Which rule of the health policy a reason comes from.</summary>
public enum HealthReasonKind
{
    /// <summary>The reported replication state (Suspended, Error, ResyncRequired, Paused).</summary>
    ReplicationState,

    /// <summary>Time since the last successful cycle is over the RPO target plus tolerance.</summary>
    RpoExceeded,

    /// <summary>Too many of the window's cycles were missed or failed.</summary>
    MissedCycles,

    /// <summary>The most recent cycle failed.</summary>
    LastCycleFailed,

    /// <summary>Several cycles in a row failed.</summary>
    ConsecutiveFailures,

    /// <summary>Health is better now but is held at its worse level until the recovery has lasted (hysteresis).</summary>
    RecoveryPending,
}

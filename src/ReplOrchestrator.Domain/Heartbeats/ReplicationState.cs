namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>A VM's replication state as the appliance reports it; kept apart from health.</summary>
/// <remarks>
/// State says what replication is doing; health (see <c>Health.HealthLevel</c>) says whether that is
/// good enough. A VM can be <see cref="Replicating"/> with Critical health when its RPO is blown.
/// </remarks>
public enum ReplicationState
{
    /// <summary>Delta cycles run normally.</summary>
    Replicating,

    /// <summary>Replication stopped after a non-recoverable failure and needs a resume (Hyper-V event 32086).</summary>
    Suspended,

    /// <summary>Replication is in error; no cycle succeeds until the cause is fixed.</summary>
    Error,

    /// <summary>The replica is out of sync and needs a resynchronisation before deltas can resume.</summary>
    ResyncRequired,

    /// <summary>An operator paused replication.</summary>
    Paused,

    /// <summary>The first full copy of the disks is still running; no recovery point exists yet.</summary>
    InitialReplication,
}

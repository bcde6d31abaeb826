namespace ReplOrchestrator.Domain.Cycles;

/// <summary>
/// The phases of one replication cycle, in the order they run; <see cref="CyclePhases"/> holds the
/// legal transitions.
/// </summary>
public enum CyclePhase
{
    /// <summary>A snapshot of every disk is being created (VMware "create snapshot" task).</summary>
    Snapshot,

    /// <summary>Snapshot data is uploaded to the storage account, disk by disk.</summary>
    Upload,

    /// <summary>
    /// The snapshot is released and the disks consolidated; Azure Migrate waits for this before the next
    /// cycle (gateway state <c>WaitingForArtefactsDisposalPreCycle</c>).
    /// </summary>
    DisposeArtefacts,

    /// <summary>The cycle finished and produced a recovery point.</summary>
    Completed,

    /// <summary>The cycle failed; <c>error</c> says why when the appliance knows.</summary>
    Failed,
}

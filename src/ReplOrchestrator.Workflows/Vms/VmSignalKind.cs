namespace ReplOrchestrator.Workflows.Vms;

/// <summary>What a VM monitor is told.</summary>
public enum VmSignalKind
{
    /// <summary>The VM's part of a heartbeat.</summary>
    Observation,

    /// <summary>A cycle overran a phase or failed (sent again once diagnosed).</summary>
    CycleProblem,

    /// <summary>A cycle ended; its diagnoses may report after it.</summary>
    CycleCompleted,

    /// <summary>The appliance answered a command this monitor queued.</summary>
    CommandResult,
}

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>What replicates behind an appliance; decides scheduling, catalog and probes.</summary>
public enum ApplianceKind
{
    /// <summary>An Azure Migrate appliance replicating VMware VMs agentlessly (snapshots and changed block tracking).</summary>
    AzureMigrateVMware,

    /// <summary>A Hyper-V host replicating VMs with Hyper-V Replica at a fixed frequency.</summary>
    HyperVReplica,
}

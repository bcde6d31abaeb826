namespace ReplOrchestrator.Domain.Catalog;

/// <summary>Whose error or event a catalog entry describes.</summary>
public enum Product
{
    /// <summary>Azure Migrate agentless VMware replication (including the VMware errors it passes on).</summary>
    AzureMigrate,

    /// <summary>Hyper-V Replica (Hyper-V VMMS events).</summary>
    HyperVReplica,

    /// <summary>ReplOrchestrator itself: conditions it detects that no product reports.</summary>
    Monitor,
}

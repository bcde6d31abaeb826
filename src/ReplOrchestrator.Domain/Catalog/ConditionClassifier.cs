using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>Maps states the appliance reports (replication state, services) to catalog conditions.</summary>
public static class ConditionClassifier
{
    /// <summary>
    /// The entry a replication state calls for, or null when the state is healthy
    /// (<see cref="ReplicationState.Replicating"/>, <see cref="ReplicationState.InitialReplication"/>).
    /// A suspended Hyper-V Replica VM is <see cref="CatalogCodes.HyperVReplicationSuspended"/> (32086).
    /// </summary>
    public static CatalogEntry? ForReplicationState(ApplianceKind kind, ReplicationState state) => state switch
    {
        ReplicationState.Suspended when kind == ApplianceKind.HyperVReplica => ErrorCatalog.Get(CatalogCodes.HyperVReplicationSuspended),
        ReplicationState.Suspended => ErrorCatalog.Get(CatalogCodes.ReplicationSuspended),
        ReplicationState.Error => ErrorCatalog.Get(CatalogCodes.ReplicationInError),
        ReplicationState.ResyncRequired => ErrorCatalog.Get(CatalogCodes.ResyncRequired),
        ReplicationState.Paused => ErrorCatalog.Get(CatalogCodes.ReplicationPaused),
        _ => null,
    };

    /// <summary>
    /// The entry for a service the replication of <paramref name="kind"/> depends on that is not running
    /// (<c>asrgwy</c> for Azure Migrate, <c>vmms</c> for Hyper-V); null when it runs, is starting, or is
    /// not one of those services.
    /// </summary>
    public static CatalogEntry? ForService(ApplianceKind kind, ServiceStatus service)
    {
        var runs = service.State is ServiceState.Running or ServiceState.StartPending or ServiceState.ContinuePending;
        return (kind, service.Name.ToLowerInvariant(), runs) switch
        {
            (_, _, true) => null,
            (ApplianceKind.AzureMigrateVMware, ServiceStatus.Gateway, _) => ErrorCatalog.Get(CatalogCodes.GatewayServiceStopped),
            (ApplianceKind.HyperVReplica, ServiceStatus.HyperVManagement, _) => ErrorCatalog.Get(CatalogCodes.VmmsServiceStopped),
            (ApplianceKind.AzureMigrateVMware, ServiceStatus.ArmVault, _) => ErrorCatalog.Get(CatalogCodes.ArmVaultUnreadable),
            _ => null,
        };
    }
}

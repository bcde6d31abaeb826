namespace ReplOrchestrator.Domain.Catalog;

/// <summary>
/// The stable codes of every catalog entry. Alerts, dedup keys, routing rules and silences refer to
/// these; never rename one (add a new entry instead).
/// </summary>
public static class CatalogCodes
{
#pragma warning disable CS1591 // Each constant is its own name; the catalog entry documents it.
    // Azure Migrate: connectivity and timeouts
    public const string DiskUploadTimedOut = nameof(DiskUploadTimedOut);
    public const string DiskDownloadTimeout = nameof(DiskDownloadTimeout);
    public const string DisposeArtefactsTimedOut = nameof(DisposeArtefactsTimedOut);
    public const string SnapshotReplicationComponentTimeOut = nameof(SnapshotReplicationComponentTimeOut);
    public const string HostConnectionRefused = nameof(HostConnectionRefused);

    // Azure Migrate: Azure configuration and permissions
    public const string StorageAccountNotFound = nameof(StorageAccountNotFound);
    public const string StateContainerNotFound = nameof(StateContainerNotFound);
    public const string SubscriptionSnapshotOperationThrottled = nameof(SubscriptionSnapshotOperationThrottled);
    public const string ResyncSnapshotDoesNotExist = nameof(ResyncSnapshotDoesNotExist);
    public const string InsufficientPermissionsOnKeyVault = nameof(InsufficientPermissionsOnKeyVault);
    public const string KeyVaultOperationFailed = nameof(KeyVaultOperationFailed);

    // Azure Migrate: source VM, VMware and changed block tracking
    public const string NoDiskSnapshotsFound = nameof(NoDiskSnapshotsFound);
    public const string ConsolidateDisksFailed = nameof(ConsolidateDisksFailed);
    public const string DiskSnapshotChangeIdIsNotAvailable = nameof(DiskSnapshotChangeIdIsNotAvailable);
    public const string SnapshotDiskAttachedInPhysicalMode = nameof(SnapshotDiskAttachedInPhysicalMode);
    public const string ChangeBlockTrackingReset = nameof(ChangeBlockTrackingReset);
    public const string FetchChangedBlocksFailed = nameof(FetchChangedBlocksFailed);
    public const string ProtectionReadinessError = nameof(ProtectionReadinessError);
    public const string VMwareGenericFailure = nameof(VMwareGenericFailure);

    // Azure Migrate: "An internal error occurred. [...]" (VMware environment)
    public const string VddkServerRefusedConnection = nameof(VddkServerRefusedConnection);
    public const string InvalidSnapshotConfiguration = nameof(InvalidSnapshotConfiguration);
    public const string SnapshotHung = nameof(SnapshotHung);
    public const string AnotherTaskInProgress = nameof(AnotherTaskInProgress);
    public const string OperationNotAllowedInCurrentState = nameof(OperationNotAllowedInCurrentState);
    public const string SnapshotDiskSizeInvalid = nameof(SnapshotDiskSizeInvalid);
    public const string NfcMemoryAllocationFailed = nameof(NfcMemoryAllocationFailed);
    public const string SnapshotFileTooLarge = nameof(SnapshotFileTooLarge);
    public const string EsxiHostCannotConnect = nameof(EsxiHostCannotConnect);
    public const string InvalidChangeTracker = nameof(InvalidChangeTracker);
    public const string SnapshotFileOpenFailed = nameof(SnapshotFileOpenFailed);

    // Hyper-V Replica: events and situations
    public const string HyperVReplicationRetrying = nameof(HyperVReplicationRetrying);
    public const string HyperVReplicationCancelled = nameof(HyperVReplicationCancelled);
    public const string HyperVReplicationSuspended = nameof(HyperVReplicationSuspended);
    public const string HyperVReplicaInvalidVmState = nameof(HyperVReplicaInvalidVmState);
    public const string HyperVApplyLogsFailed = nameof(HyperVApplyLogsFailed);
    public const string HyperVApplyIncomplete = nameof(HyperVApplyIncomplete);
    public const string HyperVReplicationOperationFailed = nameof(HyperVReplicationOperationFailed);
    public const string HyperVReplicaBackupConflict = nameof(HyperVReplicaBackupConflict);

    // The monitor's own conditions
    public const string ApplianceHeartbeatLost = nameof(ApplianceHeartbeatLost);
    public const string GatewayServiceStopped = nameof(GatewayServiceStopped);
    public const string VmmsServiceStopped = nameof(VmmsServiceStopped);
    public const string ArmVaultUnreadable = nameof(ArmVaultUnreadable);
    public const string ArmVaultNotRead = nameof(ArmVaultNotRead);
    public const string CycleMissed = nameof(CycleMissed);
    public const string RpoExceeded = nameof(RpoExceeded);
    public const string ResyncRequired = nameof(ResyncRequired);
    public const string ReplicationInError = nameof(ReplicationInError);
    public const string ReplicationSuspended = nameof(ReplicationSuspended);
    public const string ReplicationPaused = nameof(ReplicationPaused);
    public const string Unclassified = nameof(Unclassified);
#pragma warning restore CS1591
}

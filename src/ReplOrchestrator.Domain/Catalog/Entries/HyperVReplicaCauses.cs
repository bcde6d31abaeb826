namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>The causes and steps the two Hyper-V Replica articles give, shared by the event entries.</summary>
internal static class HyperVReplicaCauses
{
    public const string BackupOnReplicaHost = "backup-on-replica-host";
    public const string ShutdownDuringTransfer = "shutdown-during-transfer";
    public const string NonRecoverable = "non-recoverable-failure";

    public static ProbableCause Backup { get; } = new(BackupOnReplicaHost,
        "A backup of the replica host's disk that holds the replica VM's data is running: backup and replication both take the VM's "
        + "modifying lock, and only one can hold it at a time.", []);

    public static ProbableCause Shutdown { get; } = new(ShutdownDuringTransfer,
        "The primary or replica server shut down during a transfer: VMMS stops issuing new tasks at shutdown, so the transfer is "
        + "cancelled (32022) and replication is suspended (32086). Affects Windows Server 2012 and 2012 R2; fixed in Windows Server "
        + "2016 by KB4088889.", []);

    public static RecommendedAction BackupOnWindowsServer2012 { get; } = RecommendedAction.For(
        "Windows Server 2012: replication recovers by itself when the backup finishes. If the backup ran so long that the replica VM shows "
        + "Resync Required, select Resync on the replica VM (or `Resume-VMReplication -VMName <vm> -Resynchronize`).", BackupOnReplicaHost);

    public static RecommendedAction BackupOnWindowsServer2012R2 { get; } = RecommendedAction.For(
        "Windows Server 2012 R2: no action is needed; changes are applied asynchronously, so the RPO holds during the backup. "
        + "See when changes were last applied with `Measure-VMReplication | select Name,LReplTime`; before a failback, choose the latest "
        + "recovery point so pending changes are applied.", BackupOnReplicaHost);

    public static RecommendedAction BackupWindow { get; } = RecommendedAction.For(
        "Run backups of the replica host in a maintenance window, and silence the backup events for that window (scope: the replica host).",
        BackupOnReplicaHost);

    public static RecommendedAction Resume { get; } = RecommendedAction.For(
        "Resume replication: in Hyper-V Manager right-click the VM > Replication > Resume Replication, or run `Resume-VMReplication -VMName <vm>`.",
        ShutdownDuringTransfer);

    public static RecommendedAction AutoResumeTask { get; } = RecommendedAction.For(
        "To resume automatically after restarts, save Microsoft's replication automatic restart script (restartReplication.ps1) on both servers, "
        + "run `Set-ExecutionPolicy RemoteSigned` once, and add a Task Scheduler task that starts at system startup, runs whether the user is "
        + "logged on or not with highest privileges as an administrator, and runs powershell.exe with the script's full path.",
        ShutdownDuringTransfer);

    public static RecommendedAction InstallFix { get; } = RecommendedAction.For(
        "On Windows Server 2016, install KB4088889, which fixes the suspension at shutdown.", ShutdownDuringTransfer);

    public static IReadOnlyList<DocLink> BackupLinks { get; } = [DocLinks.HyperVBackupEvents, DocLinks.MeasureVmReplication];

    public static IReadOnlyList<DocLink> ShutdownLinks { get; } = [DocLinks.HyperVSuspendedAtShutdown, DocLinks.ResumeVmReplication, DocLinks.Kb4088889];
}

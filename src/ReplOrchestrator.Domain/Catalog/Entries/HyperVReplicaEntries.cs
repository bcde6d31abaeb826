using ReplOrchestrator.Domain.Alerts;
using static ReplOrchestrator.Domain.Catalog.Entries.HyperVReplicaCauses;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>Hyper-V VMMS events about replication, and the two situations they add up to.</summary>
internal static class HyperVReplicaEntries
{
    private const string Recoverable = "recoverable-failure";

    public static IEnumerable<CatalogEntry> All()
    {
        yield return Event(CatalogCodes.HyperVReplicationRetrying, [32315], AlertSeverity.Warning, "Hyper-V replication failed, retrying",
            "Primary: Hyper-V failed to replicate changes for the VM and retries after 5 minutes.",
            [Backup, new(Recoverable, "A recoverable failure, such as the replica server or the network being unavailable; Hyper-V retries by itself.", [])],
            [
                RecommendedAction.For("Check the replica host for a running backup of the volume that holds the replica VM (events 32546 and 19050 there).", BackupOnReplicaHost),
                RecommendedAction.For("If no backup runs, check that the replica server is up and reachable from the primary.", Recoverable),
                RecommendedAction.General("Watch whether the next cycles succeed: `Measure-VMReplication -VMName <vm>` (Health, LReplTime)."),
            ],
            BackupLinks, "will retry replication after");

        yield return Event(CatalogCodes.HyperVReplicationCancelled, [32022], AlertSeverity.Warning, "Hyper-V replication cancelled",
            "Primary: Hyper-V could not replicate changes for the VM because the operation was cancelled (0x00002EF1 or 0x80004004, "
                + "\"Operation was interrupted\"). With 32086 at shutdown replication is suspended; with 32315 a replica-host backup holds the VM.",
            [Shutdown, Backup],
            [
                RecommendedAction.For("If 32086 was logged with it, replication is suspended: resume it (Hyper-V Manager > Replication > "
                    + "Resume Replication, or `Resume-VMReplication -VMName <vm>`).", ShutdownDuringTransfer),
                RecommendedAction.For("Without 32086, check the replica host for a running backup; replication recovers when it ends.", BackupOnReplicaHost),
            ],
            [DocLinks.HyperVSuspendedAtShutdown, DocLinks.HyperVBackupEvents], "could not replicate changes for virtual machine");

        yield return Event(CatalogCodes.HyperVReplicationSuspended, [32086], AlertSeverity.Critical, "Hyper-V replication suspended",
            "Hyper-V suspended replication for the VM after a non-recoverable failure; it stays suspended until someone resumes it. "
                + "Together with 32022 it is the known suspension at system shutdown.",
            [Shutdown, new(NonRecoverable, "Another non-recoverable failure; the preceding events name it.", [])],
            [
                Resume, AutoResumeTask, InstallFix,
                RecommendedAction.For("Otherwise fix the failure the preceding events name, then resume; if resuming does not hold, remove and "
                    + "re-enable replication for the VM.", NonRecoverable),
            ],
            ShutdownLinks, "suspended replication for virtual machine");

        yield return Event(CatalogCodes.HyperVReplicaInvalidVmState, [32546, 19050], AlertSeverity.Warning, "Replica VM not in a valid state",
            "Replica: the VM is not in a valid state to perform the operation (32546 and 19050 carry the same text).",
            [Backup], [BackupOnWindowsServer2012, BackupOnWindowsServer2012R2, BackupWindow],
            BackupLinks, "is not in a valid state to perform the operation");

        yield return Event(CatalogCodes.HyperVApplyLogsFailed, [32056], AlertSeverity.Warning, "Replica failed to apply replication logs",
            "Replica, Windows Server 2012: Hyper-V failed to apply the replication logs (operation aborted, 0x80004004). Replication health "
                + "degrades and the primary goes to Error until the backup ends; a long backup can lead to Resync Required.",
            [Backup], [BackupOnWindowsServer2012, BackupWindow],
            BackupLinks, "failed to apply replication logs");

        yield return Event(CatalogCodes.HyperVApplyIncomplete, [32032], AlertSeverity.Info, "Replica failed to complete apply",
            "Replica, Windows Server 2012 R2: Hyper-V failed to complete the apply (operation aborted, 0x80004004). Replication continues "
                + "and health stays normal; the changes are applied after the backup.",
            [Backup], [BackupOnWindowsServer2012R2, BackupWindow],
            BackupLinks, "failed to complete apply");

        yield return Event(CatalogCodes.HyperVReplicationOperationFailed, [33680], AlertSeverity.Warning, "Replica replication operation failed",
            "Replica: a replication operation for the VM failed; the event names the primary and replica servers. Seen on Windows Server "
                + "2012 R2 while a backup runs on the replica host.",
            [Backup], [BackupOnWindowsServer2012R2, BackupWindow],
            BackupLinks, "Replication operation for virtual machine");

        yield return new CatalogEntry
        {
            Code = CatalogCodes.HyperVReplicaBackupConflict,
            Ids = [32315, 32022, 32546, 19050, 32056, 32032, 33680],
            Product = Product.HyperVReplica,
            Kind = EntryKind.Situation,
            Severity = AlertSeverity.Warning,
            Title = "Backup on the replica host blocks replication",
            Summary = "A backup of the replica host's disk holds the replica VM's lock, so replication fails while it runs. Windows Server 2012: "
                + "health goes to Warning or Critical and the primary to Error (32315, 32022 on the primary; 32546, 19050, 32056 on the replica); "
                + "a long backup can lead to Resync Required. Windows Server 2012 R2: replication continues and health stays normal; only "
                + "events appear (32546, 19050, 32032, 33680 on the replica).",
            Causes = [Backup],
            Actions = [BackupOnWindowsServer2012, BackupOnWindowsServer2012R2, BackupWindow],
            Links = BackupLinks,
        };
    }

    private static CatalogEntry Event(
        string code, int[] ids, AlertSeverity severity, string title, string summary,
        IReadOnlyList<ProbableCause> causes, IReadOnlyList<RecommendedAction> actions, IReadOnlyList<DocLink> links, string pattern) =>
        EntryFactory.Create(Product.HyperVReplica, EntryKind.Event, code, severity, title, summary, causes, actions, links)
        with { Ids = ids, MessagePatterns = [pattern] };
}

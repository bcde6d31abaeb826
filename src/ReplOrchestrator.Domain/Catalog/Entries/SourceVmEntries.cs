using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>Azure Migrate errors caused by the source VM's disks, snapshots and changed block tracking.</summary>
internal static class SourceVmEntries
{
    private const string CbtReset = "cbt-reset";
    private const string CbtCorrupt = "cbt-corrupt";

    public static IEnumerable<CatalogEntry> All()
    {
        yield return new CatalogEntry
        {
            Code = CatalogCodes.NoDiskSnapshotsFound,
            Ids = [566, 181008],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "No disk snapshots found",
            Summary = "The replication cycle failed: no disk snapshots were found for the snapshot replication. Reported as 566 today and as "
                + "181008 in older documentation, which also uses 181008 for DisposeArtefactsTimedOut; the message tells them apart. "
                + "It may clear by itself after a few cycles.",
            Causes =
            [
                new("disk-detached", "One or more included disks is no longer attached to the VM.", []),
                new("disk-path-changed", "A disk's path changed, for example after a Storage vMotion.", []),
            ],
            Actions =
            [
                RecommendedAction.For("Restore the included disks to their original path with Storage vMotion, then retry replication.", "disk-detached", "disk-path-changed"),
            ],
            Links = [DocLinks.AgentlessTroubleshooting],
            Names = ["NoDiskSnapshotsFound"],
            MessagePatterns = ["No disksnapshots were found", "No disk snapshots were found", "no disk snapshots found"],
        };

        yield return new CatalogEntry
        {
            Code = CatalogCodes.ConsolidateDisksFailed,
            Ids = [572],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Warning,
            Title = "Disk consolidation failed",
            Summary = "Consolidating the VM's disks at the end of the replication cycle failed (also reported as \"An internal error occurred. "
                + "[Failed to consolidate the disks on VM [Reasons]]\"); the reason in the message decides the fix.",
            Causes =
            [
                new("backup-holds-snapshot", "Backup software works on the VM's snapshots or disks at the same time.", []),
                new("vmware-consolidation", "vCenter could not consolidate for the reason named in the message.", []),
            ],
            Actions =
            [
                RecommendedAction.For("Stop any backup software working on the VM, then retry.", "backup-holds-snapshot"),
                RecommendedAction.For("Follow the VMware KB for the reason named in the message.", "vmware-consolidation"),
            ],
            Links = [DocLinks.AgentlessTroubleshooting, DocLinks.FwLink("VMware KB: failed to consolidate disks", 2138970)],
            Names = ["ConsolidateDisksFailed"],
            MessagePatterns = ["Failed to consolidate the disks"],
        };

        yield return SourceEntry(CatalogCodes.DiskSnapshotChangeIdIsNotAvailable, 563, "Disk snapshot change id is not available",
            "Changed block tracking gives no change id for a disk, so its changes cannot be read.",
            [
                new("cbt-disabled", "Changed block tracking is not enabled on the VM.", []),
                new("independent-disk", "The disk is an independent disk, which VMware snapshots leave out.", []),
            ],
            [
                RecommendedAction.For("Enable changed block tracking on the VM.", "cbt-disabled"),
                RecommendedAction.For("Change the disk from independent to dependent mode, or exclude it from replication.", "independent-disk"),
            ]);

        yield return SourceEntry(CatalogCodes.SnapshotDiskAttachedInPhysicalMode, 1023, "Snapshot disk attached in physical mode",
            "A disk is a raw device mapping in physical compatibility mode, which VMware snapshots and agentless replication do not support.",
            [new("physical-rdm", "A disk is a physical-mode RDM.", [])],
            [RecommendedAction.For("Exclude the physical-mode RDM disk from replication, or migrate the VM with agent-based replication.", "physical-rdm")]);

        yield return ChangedBlockTracking(CatalogCodes.ChangeBlockTrackingReset, [1018], "Changed block tracking reset",
            "Changed block tracking was reset for the VM, so the changes since the last cycle are unknown and replication must be repaired.", []);

        yield return ChangedBlockTracking(CatalogCodes.FetchChangedBlocksFailed, [], "Fetching changed blocks failed",
            "Encountered an error while trying to fetch changed blocks: changed block tracking for the VM was reset or its tracking file is corrupt.",
            ["Encountered an error while trying to fetch change blocks", "Encountered an error while trying to fetch changed blocks"]);

        yield return SourceEntry(CatalogCodes.ProtectionReadinessError, null, "Protection readiness error",
            "Changed block tracking cannot be enabled because the VM has existing snapshots.",
            [new("existing-snapshots", "Existing snapshots on the VM block enabling changed block tracking.", [])],
            [RecommendedAction.For("Delete or consolidate the VM's existing snapshots in vCenter (Snapshot Manager), then enable replication again.", "existing-snapshots")]);
    }

    private static readonly IReadOnlyList<ProbableCause> s_changedBlockTrackingCauses =
    [
        new(CbtReset, "Changed block tracking was reset, for example after a Storage vMotion on vSphere 5.x (VMware KB 1020128).", []),
        new(CbtCorrupt, "The VM's changed block tracking file is corrupt.", []),
    ];

    private static readonly IReadOnlyList<RecommendedAction> s_changedBlockTrackingActions =
    [
        RecommendedAction.General("If \"Automatically repair replication\" was chosen, Azure Migrate repairs it (the VM shows Repair pending); "
            + "otherwise right-click the VM in Azure Migrate and select Repair Replication."),
        RecommendedAction.General("If repair does not help: stop replication, reset changed block tracking on the VM (VMware PowerCLI or "
            + "the linked guide), and enable replication again."),
        RecommendedAction.For("On VMware vSphere 5.5, apply the updates described in VMware KB 1020128.", CbtReset),
    ];

    private static readonly IReadOnlyList<DocLink> s_changedBlockTrackingLinks =
    [
        DocLinks.AgentlessTroubleshooting,
        DocLinks.ResetChangedBlockTracking,
        DocLinks.VMwareKb("Changed Block Tracking is reset after a storage vMotion", "1020128"),
        DocLinks.AgentlessConcepts,
    ];

    private static CatalogEntry ChangedBlockTracking(string code, int[] ids, string title, string summary, string[] patterns) =>
        EntryFactory.Create(Product.AzureMigrate, EntryKind.Error, code, AlertSeverity.Critical, title, summary,
            s_changedBlockTrackingCauses, s_changedBlockTrackingActions, s_changedBlockTrackingLinks)
        with { Ids = ids, Names = [code], MessagePatterns = patterns };

    private static CatalogEntry SourceEntry(
        string code, int? id, string title, string summary, IReadOnlyList<ProbableCause> causes, IReadOnlyList<RecommendedAction> actions) =>
        EntryFactory.Create(Product.AzureMigrate, EntryKind.Error, code, AlertSeverity.Critical, title, summary, causes, actions, [DocLinks.AgentlessTroubleshooting])
        with { Ids = id is { } value ? [value] : [], Names = [code] };
}

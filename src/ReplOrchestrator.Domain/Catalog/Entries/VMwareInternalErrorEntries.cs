using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>
/// The VMware environment errors Azure Migrate reports as "An internal error occurred. [message]" (and
/// the two "An error occurred while … snapshot" messages), one entry per documented message. The
/// consolidation failure is <see cref="CatalogCodes.ConsolidateDisksFailed"/> (572).
/// </summary>
internal static class VMwareInternalErrorEntries
{
    public static IEnumerable<CatalogEntry> All()
    {
        yield return Entry(CatalogCodes.VddkServerRefusedConnection, "VDDK server refused connection", "Server Refused Connection",
            "A known VMware issue in VDDK 6.7 refuses the appliance's disk connections.",
            [
                GatewayServiceActions.StopGateway,
                RecommendedAction.General("Download and apply the update from the VMware KB linked here."),
                GatewayServiceActions.RestartGateway,
            ],
            DocLinks.FwLink("VMware KB: VDDK 6.7 server refused connection", 2138889));

        yield return Entry(CatalogCodes.InvalidSnapshotConfiguration, "Invalid snapshot configuration", "Invalid snapshot configuration was detected",
            "A disk was removed from a VM that has several disks, leaving its snapshot configuration invalid.",
            [RecommendedAction.General("Fix the VM's snapshot configuration with the steps in the linked VMware article.")],
            DocLinks.FwLink("VMware article: invalid snapshot configuration", 2138890));

        yield return new CatalogEntry
        {
            Code = CatalogCodes.SnapshotHung,
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "Snapshot creation hung",
            Summary = "Snapshot creation stopped responding (\"Generate Snapshot Hung\"): the vCenter create-snapshot task stays at 95 % or "
                + "99 %. ReplOrchestrator also raises it when the snapshot phase runs past its timeout.",
            Causes = [new("snapshot-task-stuck", "The VMware create-snapshot task stopped responding.", [])],
            Actions =
            [
                RecommendedAction.General("In vCenter, check the VM's create-snapshot task and whether it stays at 95 % or 99 %."),
                RecommendedAction.General("Follow the linked VMware KB to clear the hung snapshot task."),
            ],
            Links = [DocLinks.AgentlessTroubleshooting, DocLinks.FwLink("VMware KB: snapshot creation stops responding", 2138969)],
            Names = [CatalogCodes.SnapshotHung, "GenerateSnapshotHung"],
            MessagePatterns = ["Generate Snapshot Hung"],
        };

        yield return Entry(CatalogCodes.AnotherTaskInProgress, "Another task is already in progress", "Another task is already in progress",
            "Conflicting tasks run on the VM in the background, or a task within vCenter Server timed out.",
            [RecommendedAction.General("Find the conflicting task on the VM in vCenter and follow the linked VMware KB.")],
            DocLinks.FwLink("VMware KB: another task is already in progress", 2138891));

        yield return Entry(CatalogCodes.OperationNotAllowedInCurrentState, "Operation not allowed in current state", "Operation not allowed in current state",
            "The vCenter Server management agents stopped working.",
            [RecommendedAction.General("Restart the management agents as the linked VMware KB describes.")],
            DocLinks.FwLink("VMware KB: operation not allowed in the current state", 2138971));

        yield return Entry(CatalogCodes.SnapshotDiskSizeInvalid, "Snapshot disk size invalid", "Snapshot Disk size invalid",
            "A known VMware issue: the disk size the snapshot reports becomes zero.",
            [RecommendedAction.General("Follow the resolution in the VMware knowledge base for a snapshot disk size of zero.")],
            new DocLink("VMware knowledge base", "https://kb.vmware.com/s/"));

        yield return Entry(CatalogCodes.NfcMemoryAllocationFailed, "NFC memory allocation failed", "Memory allocation failed",
            "The ESXi host's NFC buffer ran out of memory (a buffer below 32 MB also slows replication).",
            [RecommendedAction.General("Move the VM with a compute vMotion to another host that has free resources.")],
            DocLinks.SlowReplication);

        yield return Entry(CatalogCodes.SnapshotFileTooLarge, "Snapshot file larger than supported", "File is larger than maximum file size supported",
            "Creating the snapshot would make a file larger than the datastore's maximum file size.",
            [RecommendedAction.General("Follow VMware KB 1012384.")],
            DocLinks.VMwareKb("File is larger than the maximum size supported by datastore", "1012384"));

        yield return Entry(CatalogCodes.EsxiHostCannotConnect, "ESXi host cannot connect", "Cannot connect to the host",
            "The ESXi host cannot connect to the network (VMware KB 1004109); unlike 1022, the fault is on the host's side.",
            [RecommendedAction.General("Check the ESXi host's network connection and follow VMware KB 1004109.")],
            DocLinks.VMwareKb("Cannot connect to the host", "1004109"));

        yield return Entry(CatalogCodes.InvalidChangeTracker, "Invalid change tracker", "Invalid change tracker error code",
            "An error occurred while saving the snapshot: the datastore the snapshot is stored on has a problem.",
            [RecommendedAction.General("Check the VM's datastore and follow VMware KB 2042742.")],
            DocLinks.VMwareKb("Invalid change tracker error code", "2042742"));

        yield return Entry(CatalogCodes.SnapshotFileOpenFailed, "Unable to open the snapshot file", "Unable to open the snapshot file",
            "An error occurred while taking a snapshot: the snapshot file is larger than the free space in the VM's datastore.",
            [RecommendedAction.General("Free space in the VM's datastore, or move the VM to a datastore with room for the snapshot, as the linked guide describes.")],
            DocLinks.FwLink("Snapshot file larger than the datastore's free space", 2166464));

        yield return new CatalogEntry
        {
            Code = CatalogCodes.VMwareGenericFailure,
            Ids = [1028],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Warning,
            Title = "VMware operation failed",
            Summary = "A VMware operation failed (\"An internal error occurred. [inner message]\"); the inner message, kept in this alert, "
                + "names the VMware error.",
            Causes = [new("vmware-error", "The VMware environment or API returned the error in the inner message.", [])],
            Actions =
            [
                RecommendedAction.General("Read the inner message (in brackets) and look it up in the VMware knowledge base."),
                RecommendedAction.General("Check the VM's recent tasks and events in vCenter for the failed operation."),
            ],
            Links = [DocLinks.AgentlessTroubleshooting, new("VMware knowledge base", "https://kb.vmware.com/s/")],
            Names = ["VMwareGenericFailure", "InternalError"],
            // Declared last: messages match in catalog order, so every specific internal error wins over this catch-all.
            MessagePatterns = ["An internal error occurred"],
        };
    }

    private static CatalogEntry Entry(
        string code, string title, string message, string cause, IReadOnlyList<RecommendedAction> actions, DocLink vmwareLink) =>
        EntryFactory.Create(Product.AzureMigrate, EntryKind.Error, code, AlertSeverity.Warning, title,
            $"VMware reported \"{message}\" during a snapshot operation (create, delete or consolidate); the cycle failed. {cause}",
            [new("vmware-error", cause, [])], actions, [DocLinks.AgentlessTroubleshooting, vmwareLink])
        with { Names = [code], MessagePatterns = [message] };
}

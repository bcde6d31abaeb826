using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Catalog.Entries.MonitorEntries;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>Conditions of a VM's replication the monitor derives from cycles and reported state.</summary>
internal static class ReplicationConditionEntries
{
    public static IEnumerable<CatalogEntry> All()
    {
        yield return Condition(CatalogCodes.CycleMissed, Product.Monitor, AlertSeverity.Warning, "Replication cycle missed",
            "No cycle started by its expected time plus grace. Azure Migrate starts a delta cycle min(max(1 h, previous delta duration / 2), 12 h) "
                + "after the previous one; Hyper-V Replica every 30 s, 5 min or 15 min.",
            [
                new(ApplianceConnectivity.ApplianceDown, "The appliance or host is down.", [new(ProbeKind.ApplianceHeartbeat, ProbeEvidence.Decisive)]),
                new(ApplianceConnectivity.GatewayStopped, "The gateway service is not running.", [new(ProbeKind.GatewayService, ProbeEvidence.Decisive)], ApplianceConnectivity.ApplianceDown),
                new("queued", "The cycle waits in the appliance's queue: about 52 disks replicate in parallel per appliance, 8 per ESXi host, and 15 "
                    + "disk snapshots per datastore; on-demand and initial replications go first.", []),
                new("blackout-window", "A blackout window in the appliance's GatewayDataWorker.json holds cycles back.", []),
                new("previous-disposal", "The previous cycle's artefacts are still being disposed of (see DisposeArtefactsTimedOut, 181008).", []),
            ],
            [
                GatewayServiceActions.StartGateway,
                RecommendedAction.For("Check how many VMs and disks the appliance replicates at once against the limits; add a scale-out appliance above 300 VMs.", "queued"),
                RecommendedAction.For("Check \"BlackoutWindows\" in GatewayDataWorker.json on the appliance (Day;Start;Duration entries separated by |).", "blackout-window"),
                RecommendedAction.For("Look for an open DisposeArtefactsTimedOut alert on the same VM.", "previous-disposal"),
            ],
            [DocLinks.AgentlessConcepts, DocLinks.HyperVBackupEvents]);

        yield return Condition(CatalogCodes.RpoExceeded, Product.Monitor, AlertSeverity.Warning, "RPO target exceeded",
            "The time since the last successful cycle is over the RPO target plus its tolerance; at the configured multiple of the target it is critical.",
            [
                new("cycles-failing", "Cycles fail or are missed; the VM's other alerts name why.", []),
                new("cycles-slow", "Cycles succeed but take too long for the VM's churn: bandwidth, NFC buffer, host memory or disk I/O.", []),
                new("replication-stopped", "Replication is paused or suspended.", []),
            ],
            [
                RecommendedAction.For("Look at the VM's recent cycles and open alerts; fix the failing cycle first.", "cycles-failing"),
                RecommendedAction.For("For slow cycles, follow the slow-replication guide: bandwidth and QoS (`New-NetQosPolicy` on GatewayWindowsService.exe), "
                    + "the host's NFC buffer and memory, and disk I/O.", "cycles-slow"),
                RecommendedAction.For("Resume replication if it is paused or suspended.", "replication-stopped"),
            ],
            [DocLinks.SlowReplication, DocLinks.AgentlessConcepts]);

        yield return Condition(CatalogCodes.ResyncRequired, Product.Monitor, AlertSeverity.Critical, "Resynchronisation required",
            "The replica is out of sync and deltas cannot resume until it is resynchronised, which resends changed blocks and is heavy on disk and network.",
            [
                new("churn", "More changes than the network or storage could carry (Hyper-V marks a resync when its change log grows too large).", []),
                new(HyperVReplicaCauses.BackupOnReplicaHost, "Windows Server 2012: a long backup on the replica host held the VM's lock.", []),
            ],
            [
                RecommendedAction.General("Start the resynchronisation, off-peak if possible: Hyper-V: Resync on the replica VM, or "
                    + "`Resume-VMReplication -VMName <vm> -Resynchronize` (schedule it with -ResynchronizeStartTime)."),
                RecommendedAction.For("Keep replica-host backups out of replication hours (a maintenance window).", HyperVReplicaCauses.BackupOnReplicaHost),
            ],
            [DocLinks.ResumeVmReplication, DocLinks.HyperVBackupEvents]);

        yield return Condition(CatalogCodes.ReplicationInError, Product.Monitor, AlertSeverity.Critical, "Replication in error",
            "The appliance reports the VM's replication state as Error: no cycle succeeds until the cause is fixed.",
            [
                new("product-error", "A failure the product could not recover from; the VM's recent errors and events name it.", []),
                new(HyperVReplicaCauses.BackupOnReplicaHost, "Windows Server 2012: a backup on the replica host holds the VM's lock (the primary goes to Error).", []),
            ],
            [
                RecommendedAction.For("Read the VM's recent errors and events (in this alert and the VM's other alerts) and fix the cause.", "product-error"),
                RecommendedAction.For("Hyper-V, Windows Server 2012: wait for the replica-host backup to finish; replication recovers by itself.", HyperVReplicaCauses.BackupOnReplicaHost),
                RecommendedAction.General("Hyper-V: once fixed, `Resume-VMReplication -VMName <vm>`."),
            ],
            [DocLinks.HyperVBackupEvents, DocLinks.ResumeVmReplication]);

        yield return Condition(CatalogCodes.ReplicationSuspended, Product.Monitor, AlertSeverity.Critical, "Replication suspended",
            "The appliance reports the VM's replication as suspended: nothing replicates until it is resumed.",
            [new("suspended", "Replication was suspended after a failure.", [])],
            [RecommendedAction.General("Find the failure in the VM's recent errors, fix it, and resume replication.")],
            [DocLinks.AgentlessTroubleshooting]);

        yield return Condition(CatalogCodes.ReplicationPaused, Product.Monitor, AlertSeverity.Warning, "Replication paused",
            "Replication of the VM is paused; the RPO grows until it is resumed.",
            [new("paused", "Someone paused replication (for maintenance, or by mistake).", [])],
            [RecommendedAction.General("Resume replication when the pause is no longer needed (Hyper-V: `Resume-VMReplication -VMName <vm>`; Azure Migrate: Resume replication on the VM).")],
            [DocLinks.AgentlessConcepts, DocLinks.ResumeVmReplication]);
    }
}

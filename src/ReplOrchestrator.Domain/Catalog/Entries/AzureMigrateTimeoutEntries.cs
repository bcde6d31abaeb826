using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Catalog.Entries.ApplianceConnectivity;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>Azure Migrate's timeout and connectivity errors: 1011, 1012, 181008, 1003 and 1022.</summary>
internal static class AzureMigrateTimeoutEntries
{
    private const string VCenterThrottling = "vcenter-throttling";
    private const string SlowReplication = "slow-replication";
    private const string HostDns = "host-dns";
    private const string HostPort902 = "host-port-902";

    public static IEnumerable<CatalogEntry> All()
    {
        yield return new CatalogEntry
        {
            Code = CatalogCodes.DiskUploadTimedOut,
            Ids = [1011],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "Disk upload timed out",
            Summary = "The upload of a disk's data did not complete within the expected time: either the appliance cannot reach the Azure "
                + "services replication uses, or replication progresses so slowly that the cycle times out. Microsoft publishes no timeout; "
                + "ReplOrchestrator raises it when no bytes move for the stall limit or the upload runs past its cap.",
            Causes =
            [
                .. Causes,
                new(VCenterThrottling, "The gateway service is being throttled at the vCenter level while it reads the disk.", []),
                new(SlowReplication, "Replication is progressing slowly: low bandwidth, an NFC buffer below 32 MB, an ESXi host short of memory, "
                    + "high disk I/O on the source, or slow writes to the target disk.", []),
            ],
            Actions =
            [
                .. Actions,
                RecommendedAction.For("Check vCenter for throttling of the appliance's disk reads and for tasks running on the VM's host.", VCenterThrottling),
                RecommendedAction.For("For a slow upload, follow the slow-replication guide: check bandwidth and any QoS policy "
                    + "(`New-NetQosPolicy` on GatewayWindowsService.exe), the host's NFC buffer and free memory, and disk I/O on the source VM.", SlowReplication),
            ],
            Links = [DocLinks.AgentlessTroubleshooting, DocLinks.SlowReplication, DocLinks.AzCopy, DocLinks.ServiceBusExplorer, DocLinks.StorageExplorer],
            Names = ["DiskUploadTimedOut", "DiskUploadTimeout"],
            MessagePatterns = ["didn't complete within the expected time", "did not complete within the expected time"],
        };

        yield return new CatalogEntry
        {
            Code = CatalogCodes.DisposeArtefactsTimedOut,
            Ids = [181008],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "Artefact disposal timed out",
            Summary = "The gateway timed out (event 'DisposeArtefactsTimeout') in state WaitingForArtefactsDisposalPreCycle: the previous "
                + "cycle's snapshot was not released before the next cycle, so the next cycle cannot start. The component that replicates "
                + "to Azure is down or not responding. Older documentation also used 181008 for \"no disk snapshots found\" (now 566); "
                + "the message tells them apart.",
            Causes = Causes,
            Actions = Actions,
            Links = [DocLinks.AgentlessTroubleshooting, DocLinks.AzCopy, DocLinks.ServiceBusExplorer, DocLinks.StorageExplorer],
            Names = ["DisposeArtefactsTimedOut", "DisposeArtefactsTimeout"],
            MessagePatterns = ["DisposeArtefactsTimeout", "WaitingForArtefactsDisposalPreCycle"],
        };

        yield return new CatalogEntry
        {
            Code = CatalogCodes.SnapshotReplicationComponentTimeOut,
            Ids = [1003],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "Snapshot replication component timed out",
            Summary = "A replication component did not answer in time: a component is down or the network failed.",
            Causes = Causes,
            Actions = Actions,
            Links = [DocLinks.AgentlessTroubleshooting],
            Names = ["SnapshotReplicationComponentTimeOut", "SnapshotReplicationComponentTimeout"],
        };

        yield return new CatalogEntry
        {
            Code = CatalogCodes.DiskDownloadTimeout,
            Ids = [1012],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Warning,
            Title = "Disk download timed out",
            Summary = "Azure Migrate's download service has problems; nothing on premises is at fault.",
            Causes = [new("download-service", "The Azure Migrate download service has problems.", [])],
            Actions =
            [
                RecommendedAction.General("Retry the operation; the next cycle often succeeds."),
                RecommendedAction.General("If it keeps failing, contact Microsoft support with the VM and the time of the failure."),
            ],
            Links = [DocLinks.AgentlessTroubleshooting],
            Names = ["DiskDownloadTimeout", "DiskDownloadTimedOut"],
        };

        yield return new CatalogEntry
        {
            Code = CatalogCodes.HostConnectionRefused,
            Ids = [1022],
            Product = Product.AzureMigrate,
            Kind = EntryKind.Error,
            Severity = AlertSeverity.Critical,
            Title = "Host connection refused",
            Summary = "The appliance cannot connect to the vSphere (ESXi) host that runs the VM: it cannot resolve the host name, or "
                + "TCP 902 (the VMware VDDK data port) is blocked on the host or by a firewall.",
            Causes =
            [
                new(HostDns, "The appliance cannot resolve the vSphere host's name.", [new(ProbeKind.EsxiDns, ProbeEvidence.Decisive)]),
                new(HostPort902, "TCP 902 to the vSphere host is blocked on the host or by a network firewall, or the host does not accept the connection.",
                    [new(ProbeKind.EsxiTcp902, ProbeEvidence.Decisive)], HostDns),
            ],
            Actions =
            [
                RecommendedAction.For("On the appliance, run `nslookup <host>` in PowerShell and check that the address resolves.", HostDns),
                RecommendedAction.For("If it does not resolve, fix DNS resolution of vSphere host names from the appliance, or add a static entry for each "
                    + "host to C:\\Windows\\System32\\drivers\\etc\\hosts on the appliance.", HostDns),
                RecommendedAction.For("On the appliance, run `Test-NetConnection <host> -Port 902`; if the TCP test fails, a firewall blocks it or the host "
                    + "does not accept it: open TCP 902 from the appliance to the host.", HostPort902),
            ],
            Links = [DocLinks.AgentlessTroubleshooting],
            Names = ["HostConnectionRefused"],
            MessagePatterns = ["unable to connect to the vSphere host"],
        };
    }
}

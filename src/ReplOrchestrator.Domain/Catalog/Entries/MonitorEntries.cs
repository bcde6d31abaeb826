using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Catalog.Entries.ApplianceConnectivity;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>Conditions ReplOrchestrator detects itself: lost heartbeats, stopped services, missed cycles, RPO.</summary>
internal static class MonitorEntries
{
    public static IEnumerable<CatalogEntry> All()
    {
        yield return Condition(CatalogCodes.ApplianceHeartbeatLost, Product.Monitor, AlertSeverity.Critical, "Appliance heartbeat lost",
            "No heartbeat arrived from the appliance within the heartbeat timeout, so nothing it replicates is being watched. If Azure cannot "
                + "be reached or the appliance services stay down for more than 90 minutes, Azure Migrate restarts active cycles from 0 %.",
            [
                new(ApplianceDown, "The appliance (or Hyper-V host) is powered off, hung or rebooting.", [new(ProbeKind.ApplianceHeartbeat, ProbeEvidence.Decisive)]),
                new("agent-stopped", "The ReplOrchestrator agent on the appliance stopped.", []),
                new("monitor-unreachable", "The network path from the appliance to ReplOrchestrator is blocked (proxy, firewall, DNS).", []),
                new("azure-unreachable", "The Azure endpoints replication depends on (storage, Service Bus, Key Vault) do not resolve or answer even from the monitor's side: "
                    + "an Azure-side or DNS outage, which also stalls the appliance.",
                    [
                        new(ProbeKind.CloudStorageDns, ProbeEvidence.Indicative), new(ProbeKind.CloudStorageTcp, ProbeEvidence.Indicative),
                        new(ProbeKind.CloudServiceBusDns, ProbeEvidence.Indicative), new(ProbeKind.CloudServiceBusTcp, ProbeEvidence.Indicative),
                        new(ProbeKind.CloudKeyVaultDns, ProbeEvidence.Indicative), new(ProbeKind.CloudKeyVaultTcp, ProbeEvidence.Indicative),
                    ]),
            ],
            [
                RecommendedAction.For("Check in vCenter or Hyper-V Manager that the appliance is powered on, and sign in to it with remote desktop.", ApplianceDown),
                RecommendedAction.For("On the appliance, check that the ReplOrchestrator agent service is running; start it if not.", "agent-stopped"),
                RecommendedAction.For("From the appliance, test outbound HTTPS to ReplOrchestrator's heartbeat URL (`Test-NetConnection <host> -Port 443`).", "monitor-unreachable"),
                RecommendedAction.For("Check Azure Service Health for the region of the Migrate project, and resolve the failing endpoints from another network.", "azure-unreachable"),
                RecommendedAction.General("Once the appliance answers, check the gateway service as well; run `Net Start asrgwy` if it is stopped."),
            ],
            [DocLinks.MigrateTutorial, DocLinks.AgentlessTroubleshooting]);

        yield return Condition(CatalogCodes.GatewayServiceStopped, Product.Monitor, AlertSeverity.Critical, "Gateway service not running",
            "The appliance reports the Microsoft Azure Gateway Service (asrgwy), which replicates the data, as not running: no cycle can progress.",
            [new(GatewayStopped, "The gateway service stopped, crashed, or was not started after a restart.", [new(ProbeKind.GatewayService, ProbeEvidence.Decisive)])],
            [
                GatewayServiceActions.StartGateway,
                RecommendedAction.For("Make sure its startup type is Automatic, and read the appliance's System event log for why it stopped.", GatewayStopped),
            ],
            [DocLinks.AgentlessTroubleshooting]);

        yield return Condition(CatalogCodes.VmmsServiceStopped, Product.HyperVReplica, AlertSeverity.Critical, "Hyper-V management service not running",
            "The Hyper-V host reports the Virtual Machine Management service (vmms) as not running: replication cannot run.",
            [new("vmms-stopped", "The Hyper-V Virtual Machine Management service stopped or was not started.", [])],
            [
                RecommendedAction.For("Start it: `Start-Service vmms` (or `Net Start vmms`) in an elevated PowerShell.", "vmms-stopped"),
                RecommendedAction.General("Then check each VM's replication: `Get-VMReplication`; resume suspended ones with `Resume-VMReplication -VMName <vm>`."),
            ],
            [DocLinks.HyperVSuspendedAtShutdown, DocLinks.ResumeVmReplication]);

        // One entry for the two ways a watched vault goes dark (access taken away, vault removed): either way its VMs go unwatched.
        yield return Condition(CatalogCodes.ArmVaultUnreadable, Product.Monitor, AlertSeverity.Critical, "Cannot read the Recovery Services vault",
            "Azure Resource Manager refuses ReplOrchestrator's reads of a configured vault, or the vault no longer exists, so the agentless "
                + "replication of the VMs in it is not watched.",
            [
                new("reader-missing", "The app's identity has no read access to the vault (401 or 403): the Reader role was never granted or was removed.", []),
                new("vault-gone", "The vault was deleted or moved to another resource group or subscription (404).", []),
            ],
            [
                RecommendedAction.For("Grant the app's managed identity the Reader role on the vault or its resource group (the Bicep template's `armReaderResourceGroups` parameter does this).", "reader-missing"),
                RecommendedAction.For("Check the vault's resource id in `Repl:Arm:Vaults`; remove the entry if the Migrate project was deleted on purpose.", "vault-gone"),
            ],
            [DocLinks.AssignAzureRoles, DocLinks.AgentlessTroubleshooting]);

        // A vault watched through ARM has no appliance to lose: its "heartbeat" is the poll, so a silence means reads failed or stopped.
        yield return Condition(CatalogCodes.ArmVaultNotRead, Product.Monitor, AlertSeverity.Critical, "Recovery Services vault not read",
            "ReplOrchestrator has not read the vault's migration items within the heartbeat timeout, so the agentless replication of the VMs "
                + "in it is not watched. Reads that Azure refuses raise ArmVaultUnreadable instead; this is about reads that fail or never happen.",
            [
                new("arm-unreachable", "Azure Resource Manager cannot be reached from ReplOrchestrator, answers with server errors, or keeps throttling (HTTP 429) past the retries.", []),
                new("credential-unavailable", "The app cannot get a token for Azure Resource Manager: its managed identity is not assigned (or AZURE_CLIENT_ID names another), or locally nobody is signed in.", []),
                new("poller-stopped", "ReplOrchestrator's poller is not running: the function app or its ArmPoll function is stopped, or the local host is down.", []),
            ],
            [
                RecommendedAction.General("Read ReplOrchestrator's log for event 6305 (the vault was not read, with the HTTP status and error code) and 6306 (a poll failed, with the reason)."),
                RecommendedAction.For("Check Azure Service Health for Azure Resource Manager; reads resume by themselves once it answers.", "arm-unreachable"),
                RecommendedAction.For("Check the app's identity: in Azure, that its managed identity is assigned and `AZURE_CLIENT_ID` names it; locally, run `az login`.", "credential-unavailable"),
                RecommendedAction.For("Check that the function app runs and its `ArmPoll` function is enabled, or that the local host runs.", "poller-stopped"),
            ],
            [DocLinks.AssignAzureRoles, DocLinks.AgentlessTroubleshooting]);

        foreach (var entry in ReplicationConditionEntries.All())
        {
            yield return entry;
        }

        yield return Condition(CatalogCodes.Unclassified, Product.Monitor, AlertSeverity.Warning, "Unclassified replication error",
            "An error or event the catalog does not know. The alert keeps the product's raw code and message.",
            [new("unknown", "Not in the catalog; the raw code and message say more.", [])],
            [
                RecommendedAction.General("Read the raw code and message in the alert summary."),
                RecommendedAction.General("Look the code up in the product's troubleshooting documentation (linked)."),
            ],
            [DocLinks.AgentlessTroubleshooting, DocLinks.HyperVBackupEvents]);
    }

    internal static CatalogEntry Condition(
        string code, Product product, AlertSeverity severity, string title, string summary,
        IReadOnlyList<ProbableCause> causes, IReadOnlyList<RecommendedAction> actions, IReadOnlyList<DocLink> links) =>
        EntryFactory.Create(product, EntryKind.Condition, code, severity, title, summary, causes, actions, links);
}

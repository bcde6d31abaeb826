using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>
/// The causes and checks Microsoft's guide gives for 1011, 181008 and 1003 alike, in its order:
/// appliance up, gateway service, storage, Service Bus, Key Vault on 443.
/// </summary>
internal static class ApplianceConnectivity
{
    public const string ApplianceDown = "appliance-down";
    public const string GatewayStopped = "gateway-stopped";
    public const string StorageUnreachable = "storage-unreachable";
    public const string ServiceBusUnreachable = "servicebus-unreachable";
    public const string KeyVaultUnreachable = "keyvault-unreachable";

    public static IReadOnlyList<ProbableCause> Causes { get; } =
    [
        new(ApplianceDown, "The Azure Migrate appliance is down or cannot be reached.",
            [new(ProbeKind.ApplianceHeartbeat, ProbeEvidence.Decisive)]),
        new(GatewayStopped, "The replication gateway service (Microsoft Azure Gateway Service, asrgwy) on the appliance is not running.",
            [new(ProbeKind.GatewayService, ProbeEvidence.Decisive)], ApplianceDown),
        new(StorageUnreachable, "The gateway cannot reach the appliance (cache) storage account, typically because a firewall or proxy blocks it.",
            [new(ProbeKind.StorageWrite, ProbeEvidence.Decisive), new(ProbeKind.CloudStorageDns, ProbeEvidence.Indicative), new(ProbeKind.CloudStorageTcp, ProbeEvidence.Indicative)],
            ApplianceDown),
        new(ServiceBusUnreachable, "The gateway cannot reach the Service Bus namespace (and Event Hubs) it uses to talk to the Azure Migrate cloud service.",
            [new(ProbeKind.ServiceBus, ProbeEvidence.Decisive), new(ProbeKind.CloudServiceBusDns, ProbeEvidence.Indicative), new(ProbeKind.CloudServiceBusTcp, ProbeEvidence.Indicative)],
            ApplianceDown),
        new(KeyVaultUnreachable, "The appliance cannot reach the Azure Key Vault, which manages access to the replication storage account, on TCP 443.",
            [new(ProbeKind.KeyVaultTcp, ProbeEvidence.Decisive), new(ProbeKind.CloudKeyVaultDns, ProbeEvidence.Indicative), new(ProbeKind.CloudKeyVaultTcp, ProbeEvidence.Indicative)],
            ApplianceDown),
    ];

    public static IReadOnlyList<RecommendedAction> Actions { get; } =
    [
        RecommendedAction.For("Make sure the Azure Migrate appliance is up and running; sign in to it with remote desktop.", ApplianceDown),
        GatewayServiceActions.StartGateway,
        RecommendedAction.For(
            "Test the storage account from the appliance: download azcopy and run `azcopy bench 'https://<account>.blob.core.windows.net/<container>?<SAS>'` "
            + "with a container SAS that allows writing (the account is the migratelsa… or migrategwsa… account in the Migrate project's resource group, "
            + "in the target subscription). Alternatively upload ten blobs of about 64 MB with Azure Storage Explorer. "
            + "If it fails, have the local network team check firewall and proxy rules.",
            StorageUnreachable),
        RecommendedAction.For(
            "Test Service Bus from the appliance (projects with a public endpoint): open Service Bus Explorer, File > Connect with the connection string of the "
            + "namespace migratelsa<suffix> (the suffix is the number that ends AzureKeyVaultArmId in the appliance's gateway.json, as in migratekv1329610309), right-click Snapshot Manager, "
            + "Receive Messages > Peek, OK. '[x] messages received' means it works; a connection failure means the network blocks it.",
            ServiceBusUnreachable),
        RecommendedAction.For(
            "Test Key Vault from the appliance: `Test-NetConnection <vault>.vault.azure.net -Port 443` in PowerShell; TcpTestSucceeded must be True. "
            + "If it is False, have the local network team open outbound TCP 443 to the vault.",
            KeyVaultUnreachable),
    ];
}

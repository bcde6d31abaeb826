using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>
/// The DNS suffixes of the Azure services a replication appliance depends on, per cloud: the storage, Service Bus
/// and Key Vault endpoint suffixes each cloud's environment publishes (<c>StorageEndpointSuffix</c>,
/// <c>ServiceBusEndpointSuffix</c>, <c>AzureKeyVaultDnsSuffix</c> in <c>Get-AzEnvironment</c>).
/// </summary>
public static class AzureCloudSuffixes
{
    /// <summary>
    /// The suffixes an endpoint of <paramref name="role"/> in <paramref name="cloud"/> ends with (after a dot); empty
    /// for roles cloud-side probes never reach (<see cref="EndpointRole.VCenter"/> is on the appliance's network).
    /// </summary>
    /// <remarks>
    /// Global Azure's storage accounts also answer under <c>storage.azure.net</c> when created with Azure DNS zone
    /// endpoints (<c>account.z5.blob.storage.azure.net</c>). Service Bus and Event Hubs share their suffix.
    /// </remarks>
    public static IReadOnlyList<string> For(AzureCloud cloud, EndpointRole role) => (cloud, role) switch
    {
        (AzureCloud.AzureCloud, EndpointRole.Storage) => ["core.windows.net", "storage.azure.net"],
        (AzureCloud.AzureCloud, EndpointRole.ServiceBus) => ["servicebus.windows.net"],
        (AzureCloud.AzureCloud, EndpointRole.KeyVault) => ["vault.azure.net"],
        (AzureCloud.AzureUSGovernment, EndpointRole.Storage) => ["core.usgovcloudapi.net"],
        (AzureCloud.AzureUSGovernment, EndpointRole.ServiceBus) => ["servicebus.usgovcloudapi.net"],
        (AzureCloud.AzureUSGovernment, EndpointRole.KeyVault) => ["vault.usgovcloudapi.net"],
        (AzureCloud.AzureChinaCloud, EndpointRole.Storage) => ["core.chinacloudapi.cn"],
        (AzureCloud.AzureChinaCloud, EndpointRole.ServiceBus) => ["servicebus.chinacloudapi.cn"],
        (AzureCloud.AzureChinaCloud, EndpointRole.KeyVault) => ["vault.azure.cn"],
        _ => [],
    };
}

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>What an endpoint the appliance depends on is for.</summary>
public enum EndpointRole
{
    /// <summary>The cache or log storage account replication data is uploaded to (TCP 443).</summary>
    Storage,

    /// <summary>The Service Bus namespace the appliance and the cloud service exchange messages through (TCP 443).</summary>
    ServiceBus,

    /// <summary>The Key Vault holding Service Bus connection strings and storage keys (TCP 443).</summary>
    KeyVault,

    /// <summary>The vCenter Server that orchestrates snapshots (TCP 443).</summary>
    VCenter,
}

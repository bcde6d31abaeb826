namespace ReplOrchestrator.Domain.Probes;

/// <summary>
/// Every check a diagnosis can use, declared in the order Microsoft's troubleshooting guide runs them:
/// appliance up, gateway service, storage, Service Bus, Key Vault on 443, then the ESXi host; the
/// cloud-side checks of the same endpoints follow.
/// </summary>
/// <remarks>
/// The appliance-side names are part of <c>repl-heartbeat/v1</c> (<c>probeResults[].probe</c> and
/// <c>commands[].probes</c>); only those may appear there. Plans sort by this declaration order.
/// </remarks>
public enum ProbeKind
{
    /// <summary>Monitor side: heartbeats still arrive within the heartbeat timeout ("the appliance is up").</summary>
    ApplianceHeartbeat,

    /// <summary>Appliance: the Microsoft Azure Gateway Service (<c>asrgwy</c>) is running.</summary>
    GatewayService,

    /// <summary>Appliance: a test blob can be written to the storage account (the guide's <c>azcopy bench</c>).</summary>
    StorageWrite,

    /// <summary>Appliance: the Service Bus namespace answers a peek (the guide's Service Bus Explorer test).</summary>
    ServiceBus,

    /// <summary>Appliance: a TCP connection to the Key Vault on port 443 succeeds (<c>Test-NetConnection -Port 443</c>).</summary>
    KeyVaultTcp,

    /// <summary>Appliance: the ESXi host name resolves (<c>nslookup</c>).</summary>
    EsxiDns,

    /// <summary>Appliance: a TCP connection to the ESXi host on port 902 succeeds (VDDK data path).</summary>
    EsxiTcp902,

    /// <summary>Cloud: the storage account's host name resolves.</summary>
    CloudStorageDns,

    /// <summary>Cloud: a TCP connection to the storage account on 443 succeeds.</summary>
    CloudStorageTcp,

    /// <summary>Cloud: the Service Bus namespace's host name resolves.</summary>
    CloudServiceBusDns,

    /// <summary>Cloud: a TCP connection to the Service Bus namespace on 443 succeeds.</summary>
    CloudServiceBusTcp,

    /// <summary>Cloud: the Key Vault's host name resolves.</summary>
    CloudKeyVaultDns,

    /// <summary>Cloud: a TCP connection to the Key Vault on 443 succeeds.</summary>
    CloudKeyVaultTcp,
}

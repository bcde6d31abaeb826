using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>Facts about each <see cref="ProbeKind"/>.</summary>
public static class ProbeKindExtensions
{
    /// <summary>Where the probe runs.</summary>
    public static ProbeSide Side(this ProbeKind kind) => kind switch
    {
        ProbeKind.ApplianceHeartbeat => ProbeSide.Monitor,
        >= ProbeKind.GatewayService and <= ProbeKind.EsxiTcp902 => ProbeSide.Appliance,
        _ => ProbeSide.Cloud,
    };

    /// <summary>
    /// For a cloud-side probe, the role of the reported endpoint it targets; null for the others.
    /// </summary>
    public static EndpointRole? TargetRole(this ProbeKind kind) => kind switch
    {
        ProbeKind.CloudStorageDns or ProbeKind.CloudStorageTcp => EndpointRole.Storage,
        ProbeKind.CloudServiceBusDns or ProbeKind.CloudServiceBusTcp => EndpointRole.ServiceBus,
        ProbeKind.CloudKeyVaultDns or ProbeKind.CloudKeyVaultTcp => EndpointRole.KeyVault,
        _ => null,
    };

    /// <summary>Whether the probe only resolves a name (true) or also connects (false).</summary>
    public static bool IsDnsOnly(this ProbeKind kind) =>
        kind is ProbeKind.EsxiDns or ProbeKind.CloudStorageDns or ProbeKind.CloudServiceBusDns or ProbeKind.CloudKeyVaultDns;
}

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>
/// The targets of the appliance-side probes. A <c>RunProbes</c> command names probes, never hosts, so the
/// server cannot make the agent connect anywhere this file does not list.
/// </summary>
public sealed class ProbeOptions
{
    /// <summary>How long one probe may take before it fails as timed out.</summary>
    /// <value>Defaults to <see cref="AgentDefaults.ProbeTimeout"/> (5 s); 50 ms to 2 min.</value>
    public TimeSpan Timeout { get; set; } = AgentDefaults.ProbeTimeout;

    /// <summary>The Azure and vCenter endpoints the appliance replicates through; reported in every heartbeat and probed by role.</summary>
    public List<EndpointOptions> Endpoints { get; set; } = [];

    /// <summary>The ESXi hosts the appliance reads disks from; <c>EsxiDns</c> and <c>EsxiTcp902</c> probe them.</summary>
    public List<string> EsxiHosts { get; set; } = [];

    /// <summary>
    /// Optional: the appliance's <c>gateway.json</c>; the Key Vault and Service Bus endpoints it implies are added to
    /// <see cref="Endpoints"/> at start (see <see cref="GatewayJson"/>), so they need not be copied by hand.
    /// </summary>
    public string? GatewayJsonFile { get; set; }

    /// <summary>
    /// Optional: a file holding a container SAS URL of the replication storage account (owner-only, like the key).
    /// With it, <c>StorageWrite</c> writes and deletes a small blob as <c>azcopy bench</c> does; without it, it checks HTTPS reachability.
    /// </summary>
    public string? StorageWriteSasFile { get; set; }
}

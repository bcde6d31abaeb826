using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>What a simulated appliance is: its product, the services and endpoints it reports, and its hosts.</summary>
/// <param name="Kind">Azure Migrate appliance or Hyper-V host.</param>
/// <param name="Role">What the appliance is for in the fleet, for people ("Azure Migrate appliance", "Hyper-V Replica replica host").</param>
/// <param name="Services">The services its heartbeats report: <c>asrgwy</c> or <c>vmms</c>, running.</param>
/// <param name="Endpoints">Storage, Service Bus, Key Vault and vCenter for Azure Migrate; none for a Hyper-V host.</param>
/// <param name="Hosts">
/// The hosts its VMs run on: the vCenter's ESXi hosts, or the Hyper-V host itself. VMs are spread over them.
/// </param>
/// <param name="PartnerHost">For a Hyper-V host, the other end of replication (named in event 33680); otherwise null.</param>
internal sealed record ApplianceProfile(
    ApplianceKind Kind,
    string Role,
    IReadOnlyList<ServiceStatus> Services,
    IReadOnlyList<ApplianceEndpoint> Endpoints,
    IReadOnlyList<string> Hosts,
    string? PartnerHost)
{
    /// <summary>The endpoint of <paramref name="role"/> as <c>host:port</c>, or null when the appliance has none.</summary>
    public string? EndpointTarget(EndpointRole role) =>
        Endpoints.FirstOrDefault(e => e.Role == role) is { } endpoint ? $"{endpoint.Host}:{endpoint.Port}" : null;
}

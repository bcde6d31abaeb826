using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>
/// The probes that can confirm or rule out an entry's causes, in Microsoft's documented order: appliance
/// up, gateway service, storage, Service Bus, Key Vault on 443 (and for 1022, ESXi DNS and TCP 902),
/// then the cloud-side checks of the same endpoints.
/// </summary>
/// <param name="Probes">Every probe of the plan, in order, each once.</param>
public sealed record ProbePlan(IReadOnlyList<ProbeKind> Probes)
{
    /// <summary>Whether no probe can tell the entry's causes apart (the diagnosis has nothing to run).</summary>
    public bool IsEmpty => Probes.Count == 0;

    /// <summary>Whether the plan wants the monitor's own liveness verdict (<see cref="ProbeKind.ApplianceHeartbeat"/>).</summary>
    public bool NeedsApplianceLiveness => Probes.Contains(ProbeKind.ApplianceHeartbeat);

    /// <summary>The probes the appliance runs, in order.</summary>
    public IReadOnlyList<ProbeKind> ApplianceProbes => [.. Probes.Where(p => p.Side() == ProbeSide.Appliance)];

    /// <summary>The probes the monitor runs against the reported endpoints, in order.</summary>
    public IReadOnlyList<ProbeKind> CloudProbes => [.. Probes.Where(p => p.Side() == ProbeSide.Cloud)];

    /// <summary>The plan for <paramref name="entry"/>: the probes its causes name, ordered, without repeats.</summary>
    public static ProbePlan For(CatalogEntry entry) =>
        new([.. entry.Causes.SelectMany(c => c.Probes).Select(r => r.Probe).Distinct().Order()]);

    /// <summary>
    /// The <c>RunProbes</c> command carrying the appliance-side probes, or null when the plan has none.
    /// </summary>
    public ApplianceCommand? ToCommand(string commandId, string? vmId) =>
        ApplianceProbes is { Count: > 0 } probes ? ApplianceCommand.RunProbes(commandId, probes, vmId) : null;

    /// <summary>
    /// Each cloud-side probe paired with every endpoint of its role the appliance reported; a role the
    /// appliance did not report yields nothing (there is nothing to probe). An endpoint listed twice is probed once.
    /// </summary>
    public IReadOnlyList<CloudProbeTarget> CloudTargets(IReadOnlyList<ApplianceEndpoint> endpoints) =>
    [
        .. CloudProbes.SelectMany(probe => endpoints
            .Where(e => e.Role == probe.TargetRole())
            .Select(e => new CloudProbeTarget(probe, e.Host, e.Port))
            .Distinct()),
    ];
}

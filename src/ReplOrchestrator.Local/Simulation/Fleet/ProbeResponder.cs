using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// Runs an appliance's probes the way the troubleshooting guide's manual checks would come out: each
/// passes in a plausible time unless a scenario's fault is present, and then fails with its detail.
/// </summary>
internal sealed class ProbeResponder(ApplianceProfile appliance, Random random)
{
    /// <summary>What a Hyper-V host answers: the probes are Azure Migrate's, and it has nothing they check.</summary>
    public const string NotApplicable = "not run: a Hyper-V Replica host has no Azure Migrate gateway, Azure endpoints or ESXi hosts";

    private const int EsxiDataPort = 902;

    /// <summary>Runs <paramref name="probe"/> for <paramref name="vm"/> (null: the appliance's first host) under <paramref name="faults"/>.</summary>
    public ProbeResult Run(string commandId, ProbeKind probe, SimulatedVm? vm, IEnumerable<ProbeFault> faults)
    {
        if (appliance.Kind == ApplianceKind.HyperVReplica)
        {
            return new ProbeResult(commandId, probe, null, false, 0, NotApplicable);
        }

        var target = Target(probe, vm?.Identity.Host ?? appliance.Hosts[0]);
        if (faults.FirstOrDefault(f => f.Probe == probe) is { } fault)
        {
            return new ProbeResult(commandId, probe, target, false, 0, fault.Detail);
        }

        var (min, max) = LatencyMs(probe);
        return new ProbeResult(commandId, probe, target, true, random.Next(min, max + 1),
            probe == ProbeKind.GatewayService ? ServiceState.Running.ToString() : null);
    }

    private string? Target(ProbeKind probe, string esxiHost) => probe switch
    {
        ProbeKind.GatewayService => ServiceStatus.Gateway,
        ProbeKind.StorageWrite => appliance.EndpointTarget(EndpointRole.Storage),
        ProbeKind.ServiceBus => appliance.EndpointTarget(EndpointRole.ServiceBus),
        ProbeKind.KeyVaultTcp => appliance.EndpointTarget(EndpointRole.KeyVault),
        ProbeKind.EsxiDns => esxiHost,
        ProbeKind.EsxiTcp902 => $"{esxiHost}:{EsxiDataPort}",
        _ => null,
    };

    // Writing a test blob and peeking a queue cross the internet; the rest stays on the local network.
    private static (int Min, int Max) LatencyMs(ProbeKind probe) => probe switch
    {
        ProbeKind.StorageWrite => (120, 400),
        ProbeKind.ServiceBus => (30, 120),
        ProbeKind.KeyVaultTcp => (10, 60),
        _ => (1, 8),
    };
}

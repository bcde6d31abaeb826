using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// Host Connection Refused (1022): the ESXi host's name resolves, but a firewall refuses TCP 902 (the
/// VDDK data port), so the cycle fails when its upload starts. The rule is fixed before the next cycle,
/// which succeeds.
/// </summary>
internal sealed class HostConnectionRefusedScenario() : Scenario(
    ScenarioNames.HostConnectionRefused,
    ScenarioPlacement.AzureMigrateVm,
    "A cycle fails with 1022, the appliance unable to connect to the VM's ESXi host; EsxiDns passes and EsxiTcp902 "
        + "fails until the next cycle, which succeeds.")
{
    public override VmScript PlanVm(ScenarioContext context)
    {
        var cycles = context.Cycles;
        var error = new CycleError(SeedMessages.HostConnectionRefusedCode, SeedMessages.HostConnectionRefused(context.Vm.Host));
        var failing = cycles.FailingAtUpload(context.Clock.At(0.5), error);
        return new VmScript
        {
            Cycles = [failing],
            Faults = [new ProbeFault(ProbeKind.EsxiTcp902, failing.UploadFrom, cycles.NextStartAfter(failing), FaultDetails.ConnectionRefused)],
        };
    }
}

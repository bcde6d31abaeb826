using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// DisposeArtefactsTimedOut (181008) in the making: the gateway cannot reach Service Bus, so releasing
/// the snapshot waits in <c>WaitingForArtefactsDisposalPreCycle</c> for twice the disposal timeout;
/// then the connection returns and the cycle completes.
/// </summary>
internal sealed class DisposeHangScenario() : Scenario(
    ScenarioNames.DisposeHang,
    ScenarioPlacement.AzureMigrateVm,
    "Artefact disposal runs for twice its timeout before the cycle completes; meanwhile the ServiceBus probe fails.")
{
    public override VmScript PlanVm(ScenarioContext context)
    {
        var (clock, cycles) = (context.Clock, context.Cycles);
        var start = clock.At(0.5);
        var upload = start + clock.Beats(CycleFactory.SnapshotBeats);
        var dispose = upload + clock.Beats(CycleFactory.UploadBeats);
        var end = dispose + clock.Beats(clock.Overrun(context.Timings.DisposeArtefactsTimeout));

        var cycle = new CyclePlan(cycles.NextId(), CycleType.Delta, start, upload, dispose, end, end + clock.Beats(1),
            cycles.SteadyDisks(upload, dispose), null);
        return new VmScript
        {
            Cycles = [cycle],
            Faults = [new ProbeFault(ProbeKind.ServiceBus, dispose, end, FaultDetails.ConnectionTimedOut)],
        };
    }
}

using Microsoft.DurableTask;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Follows one replication cycle: Snapshot → Upload (one <c>DiskUpload</c> per disk) →
/// DisposeArtefacts → Completed, each phase under a durable timer racing the cycle's reports. An
/// overrun (snapshot hung, 1011, 181008) or a failure is reported to the VM monitor at once and again
/// once diagnosed; the result goes to the VM monitor when the cycle ends.
/// </summary>
internal sealed class ReplicationCycle(WorkflowOptions options) : TaskOrchestrator<CycleStart, CycleResult>
{
    public override async Task<CycleResult> RunAsync(TaskOrchestrationContext context, CycleStart start)
    {
        var run = new CycleRun(context, start, options);
        run.Observe(new CycleSignal(start.Report, start.ObservedAt));
        while (!run.IsFinished)
        {
            var race = await SignalWait.RaceAsync<CycleSignal>(context, run.PhaseDeadline, run.Children);
            if (race.Signal is { } signal)
            {
                run.Observe(signal);
            }
            else if (race.DeadlinePassed)
            {
                run.OnPhaseOverrun();
            }
            else
            {
                await run.OnChildFinishedAsync(race.Child!);
            }
        }

        var result = run.Result();
        context.SendEvent(InstanceIds.Vm(start.ApplianceId, start.VmId), EventNames.Signal, VmSignal.Of(result));
        return result;
    }
}

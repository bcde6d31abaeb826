using Microsoft.DurableTask;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Follows one replication cycle: Snapshot → Upload (one <c>DiskUpload</c> per disk) →
/// DisposeArtefacts → Completed, each phase under a durable timer racing the cycle's reports. An
/// overrun (snapshot hung, 1011, 181008) or a failure is reported to the VM monitor at once and again
/// once diagnosed; the result goes to the VM monitor when the cycle ends, and the orchestration ends once
/// its diagnoses reported too.
/// </summary>
/// <remarks>
/// A cycle can run for days (an initial copy) with a report every few minutes, so it continues as new
/// with its <see cref="CycleProgress"/> every few dozen signals, whenever no diagnosis is in flight.
/// </remarks>
internal sealed class ReplicationCycle(WorkflowOptions options) : TaskOrchestrator<CycleStart, CycleResult?>
{
    public override async Task<CycleResult?> RunAsync(TaskOrchestrationContext context, CycleStart start)
    {
        var run = new CycleRun(context, start, options);
        if (start.Carried is null)
        {
            await run.ObserveAsync(CycleSignal.Of(start.Report, start.ObservedAt));
        }

        var budget = new GenerationBudget(options.Monitoring);
        while (!run.IsFinished)
        {
            if (budget.IsSpent && run.CanContinueAsNew)
            {
                context.ContinueAsNew(start with { Carried = run.Save() }, preserveUnprocessedEvents: true);
                return null;
            }

            var race = await SignalWait.RaceAsync<CycleSignal>(context, run.PhaseDeadline, run.Children);
            if (race.Signal is { } signal)
            {
                await run.ObserveAsync(signal);
            }
            else if (race.DeadlinePassed)
            {
                run.OnPhaseOverrun();
            }
            else
            {
                await run.OnChildFinishedAsync(race.Child!);
            }

            budget.Spend(1);
        }

        run.ReportEnd();
        return run.Result();
    }
}

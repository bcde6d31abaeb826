using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Watches one disk's upload with a progress-aware deadline: every report that moves bytes moves the
/// deadline (last progress + stall limit), never beyond the upload's cap. Times out with the last
/// position and rate, so an alert can say "stalled at 62 % after 3.1 GiB" rather than "timed out",
/// and tells its cycle by event.
/// </summary>
/// <remarks>
/// An initial copy can upload for days with a report every few minutes, so the upload continues as new
/// with its progress every few dozen reports: its history stays short however long the copy runs. It is
/// started by its cycle through an activity, not awaited, so the cycle can continue as new too.
/// </remarks>
internal sealed class DiskUpload(WorkflowOptions options) : TaskOrchestrator<DiskUploadStart, DiskUploadResult?>
{
    public override async Task<DiskUploadResult?> RunAsync(TaskOrchestrationContext context, DiskUploadStart start)
    {
        var progress = start.Progress ?? DiskUploadProgress.Start(start.Disk, start.ObservedAt);
        var budget = new GenerationBudget(options.Monitoring);
        while (!progress.IsComplete)
        {
            if (budget.IsSpent)
            {
                context.ContinueAsNew(start with { Progress = progress }, preserveUnprocessedEvents: true);
                return null;
            }

            var deadline = progress.Deadline(start.Type, options.Cycle);
            var signal = await SignalWait.NextAsync<DiskUploadSignal>(context, deadline.At);
            if (signal is null)
            {
                var at = context.Now();
                var timedOut = new DiskUploadResult(progress.DiskId, DiskUploadOutcome.TimedOut, deadline.Limit, progress,
                    UploadProgressText.TimedOut(progress, deadline.Limit, at));
                context.SendEvent(start.CycleInstanceId, EventNames.Signal, CycleSignal.Of(timedOut, at));
                return timedOut;
            }

            if (signal.Disk is not { } disk)
            {
                break;
            }

            progress = progress.Observe(disk, signal.ObservedAt);
            budget.Spend(1);
        }

        return new DiskUploadResult(progress.DiskId, DiskUploadOutcome.Completed, null, progress,
            UploadProgressText.Running(progress, context.Now()));
    }
}

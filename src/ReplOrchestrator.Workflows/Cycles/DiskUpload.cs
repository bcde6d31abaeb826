using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Watches one disk's upload with a progress-aware deadline: every report that moves bytes moves the
/// deadline (last progress + stall limit), never beyond the upload's cap. Times out with the last
/// position and rate, so an alert can say "stalled at 62 % after 3.1 GiB" rather than "timed out".
/// </summary>
internal sealed class DiskUpload(WorkflowOptions options) : TaskOrchestrator<DiskUploadStart, DiskUploadResult>
{
    public override async Task<DiskUploadResult> RunAsync(TaskOrchestrationContext context, DiskUploadStart start)
    {
        var progress = DiskUploadProgress.Start(start.Disk, start.ObservedAt);
        while (!progress.IsComplete)
        {
            var deadline = progress.Deadline(start.Type, options.Cycle);
            var signal = await SignalWait.NextAsync<DiskUploadSignal>(context, deadline.At);
            if (signal is null)
            {
                var at = context.Now();
                return new DiskUploadResult(progress.DiskId, DiskUploadOutcome.TimedOut, deadline.Limit, progress,
                    UploadProgressText.TimedOut(progress, deadline.Limit, at));
            }

            if (signal.Disk is not { } disk)
            {
                break;
            }

            progress = progress.Observe(disk, signal.ObservedAt);
        }

        return new DiskUploadResult(progress.DiskId, DiskUploadOutcome.Completed, null, progress,
            UploadProgressText.Running(progress, context.Now()));
    }
}

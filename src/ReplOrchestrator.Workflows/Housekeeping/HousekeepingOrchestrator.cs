using Microsoft.DurableTask;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Housekeeping;

/// <summary>
/// Keeps the task hub from growing with every cycle ever watched: on each round it purges the finished
/// instances (cycles, uploads, diagnoses) older than the retention period, then sleeps until the next
/// round. Eternal, one instance (<see cref="InstanceIds.Housekeeping"/>); each round is a generation of its
/// own, so its history holds one round.
/// </summary>
/// <remarks>
/// What the API shows lives in the eternal monitors and alert lifecycles, which never finish and are never
/// purged; a finished cycle's summary is kept by its VM monitor's recent cycles.
/// </remarks>
internal sealed class HousekeepingOrchestrator(WorkflowOptions options) : TaskOrchestrator<object?, object?>
{
    public override async Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var now = context.Now();
        await context.CallActivityAsync<int>(WorkflowNames.PurgeFinishedInstances, now - options.Monitoring.FinishedInstanceRetention);
        await context.CreateTimer((now + options.Monitoring.HousekeepingInterval).UtcDateTime, CancellationToken.None);
        context.ContinueAsNew(null, preserveUnprocessedEvents: false);
        return null;
    }
}

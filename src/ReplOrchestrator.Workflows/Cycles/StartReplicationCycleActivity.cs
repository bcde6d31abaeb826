using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Starts a cycle's orchestration unless it exists. The VM monitor is eternal and continues as new;
/// an awaited sub-orchestration would lose its result across a generation, so the cycle is started
/// on its own and reports back by event.
/// </summary>
internal sealed class StartReplicationCycleActivity(Func<IDurableClient> client) : IActivity<CycleStart, bool>
{
    public Task<bool> RunAsync(ActivityContext context, CycleStart input) =>
        client().StartIfAbsentAsync(WorkflowNames.ReplicationCycle, input.InstanceId, input, context.CancellationToken);
}

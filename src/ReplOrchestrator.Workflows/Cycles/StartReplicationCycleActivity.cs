using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// Starts a cycle's orchestration unless it exists. The VM monitor is eternal and continues as new;
/// an awaited sub-orchestration would lose its result across a generation, so the cycle is started
/// on its own and reports back by event. Registered as <see cref="WorkflowNames.StartReplicationCycle"/>;
/// returns <see langword="true"/> when this run started it.
/// </summary>
/// <param name="client">Starts the cycle.</param>
/// <param name="lifetime">Its stopping token cancels the start.</param>
public sealed class StartReplicationCycleActivity(DurableTaskClient client, IHostApplicationLifetime lifetime) : TaskActivity<CycleStart, bool>
{
    /// <inheritdoc />
    public override Task<bool> RunAsync(TaskActivityContext context, CycleStart input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return client.StartIfAbsentAsync(WorkflowNames.ReplicationCycle, input.InstanceId, input, lifetime.ApplicationStopping);
    }
}

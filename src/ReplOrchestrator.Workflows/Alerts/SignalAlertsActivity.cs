using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// Delivers fire and resolve signals to alert lifecycles, in order, starting a lifecycle the first
/// time its key fires. Safe to repeat: lifecycles ignore a signal id they have seen.
/// </summary>
internal sealed class SignalAlertsActivity(Func<IDurableClient> client) : IActivity<IReadOnlyList<AlertDelivery>, int>
{
    public async Task<int> RunAsync(ActivityContext context, IReadOnlyList<AlertDelivery> input)
    {
        var durable = client();
        foreach (var delivery in input)
        {
            var instanceId = delivery.Key.ToInstanceId();
            await durable.StartIfAbsentAsync(WorkflowNames.AlertLifecycle, instanceId, new AlertLifecycleState(delivery.Key), context.CancellationToken);
            await durable.RaiseEventAsync(instanceId, EventNames.Signal, delivery.Signal, context.CancellationToken);
        }

        return input.Count;
    }
}

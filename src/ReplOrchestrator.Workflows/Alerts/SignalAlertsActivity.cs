using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// Delivers fire and resolve signals to alert lifecycles, in order, starting a lifecycle the first
/// time its key fires. Safe to repeat: lifecycles ignore a signal id they have seen.
/// Registered as <see cref="WorkflowNames.SignalAlerts"/>; returns how many signals it delivered.
/// </summary>
/// <param name="client">Starts and signals the lifecycles.</param>
/// <param name="lifetime">Its stopping token cancels the deliveries.</param>
public sealed class SignalAlertsActivity(DurableTaskClient client, IHostApplicationLifetime lifetime)
    : TaskActivity<IReadOnlyList<AlertDelivery>, int>
{
    /// <inheritdoc />
    public override async Task<int> RunAsync(TaskActivityContext context, IReadOnlyList<AlertDelivery> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = lifetime.ApplicationStopping;
        foreach (var delivery in input)
        {
            var instanceId = delivery.Key.ToInstanceId();
            await client.StartIfAbsentAsync(WorkflowNames.AlertLifecycle, instanceId, new AlertLifecycleState(delivery.Key) { KeepsHistory = true }, cancellationToken);
            await client.RaiseEventAsync(instanceId, EventNames.Signal, delivery.Signal, cancellationToken);
        }

        return input.Count;
    }
}

using Microsoft.DurableTask.Client;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>How code outside orchestrations talks to appliance monitors through a durable client.</summary>
/// <remarks>The client must write payloads with <see cref="DurableJson.Converter"/>.</remarks>
public static class ApplianceMonitorClient
{
    /// <summary>
    /// Hands an accepted heartbeat to its appliance's monitor, starting the monitor on the appliance's
    /// first heartbeat. Durable once this returns.
    /// </summary>
    /// <param name="client">The task hub's client.</param>
    /// <param name="heartbeat">The heartbeat.</param>
    /// <param name="receivedAt">When the server received it.</param>
    /// <param name="monitorExists">True when the caller has just read the monitor's status, which saves the start (a write) on every heartbeat after the first.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    public static async Task DeliverHeartbeatAsync(DurableTaskClient client, Heartbeat heartbeat, DateTimeOffset receivedAt, bool monitorExists = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(heartbeat);
        var instanceId = InstanceIds.Appliance(heartbeat.ApplianceId);
        if (!monitorExists)
        {
            // A new appliance is also the moment to make sure housekeeping runs: both hosts start it this way.
            await client.StartIfAbsentAsync(WorkflowNames.Housekeeping, InstanceIds.Housekeeping, null, cancellationToken);
            await client.StartIfAbsentAsync(WorkflowNames.ApplianceMonitor, instanceId, new ApplianceMonitorState(heartbeat.ApplianceId), cancellationToken);
        }

        await client.RaiseEventAsync(instanceId, EventNames.Signal, ApplianceSignal.OfHeartbeat(heartbeat, receivedAt), cancellationToken);
    }

    /// <summary>The monitor's published status, or <see langword="null"/> before its first heartbeat.</summary>
    /// <param name="client">The task hub's client.</param>
    /// <param name="applianceId">The appliance.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<ApplianceStatus?> GetStatusAsync(DurableTaskClient client, string applianceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var metadata = await client.GetInstanceAsync(InstanceIds.Appliance(applianceId), getInputsAndOutputs: true, cancellationToken);
        return metadata?.ReadCustomStatusAs<ApplianceStatus>();
    }
}

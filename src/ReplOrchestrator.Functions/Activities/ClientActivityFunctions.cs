using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Housekeeping;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Functions.Activities;

/// <summary>
/// The activities that start, signal or purge orchestration instances (<see cref="WorkflowRegistration.AddClientActivities"/>). In the isolated worker a durable client is a
/// binding, so each is a function of its own with <c>[DurableClient]</c> beside its <c>[ActivityTrigger]</c>,
/// named as the workflows schedule it, running the same activity class the local host runs.
/// </summary>
/// <remarks>
/// Inputs and outputs pass through the worker's serializer, which <see cref="FunctionsHost"/> sets to
/// <see cref="DurableJson.Options"/>, the format the orchestrators write them in.
/// </remarks>
internal sealed class ClientActivityFunctions
{
    /// <summary>Starts the monitors of VMs reported for the first time.</summary>
    [Function(WorkflowNames.EnsureVmMonitors)]
    public Task<int> EnsureVmMonitorsAsync([ActivityTrigger] IReadOnlyList<VmMonitorState> input, [DurableClient] DurableTaskClient client, FunctionContext context) =>
        ClientActivity.RunAsync<EnsureVmMonitorsActivity, IReadOnlyList<VmMonitorState>, int>(context, client, input);

    /// <summary>Starts a replication cycle's orchestration unless it exists.</summary>
    [Function(WorkflowNames.StartReplicationCycle)]
    public Task<bool> StartReplicationCycleAsync([ActivityTrigger] CycleStart input, [DurableClient] DurableTaskClient client, FunctionContext context) =>
        ClientActivity.RunAsync<StartReplicationCycleActivity, CycleStart, bool>(context, client, input);

    /// <summary>Starts the uploads of disks a cycle sees for the first time.</summary>
    [Function(WorkflowNames.StartDiskUploads)]
    public Task<int> StartDiskUploadsAsync([ActivityTrigger] IReadOnlyList<DiskUploadStart> input, [DurableClient] DurableTaskClient client, FunctionContext context) =>
        ClientActivity.RunAsync<StartDiskUploadsActivity, IReadOnlyList<DiskUploadStart>, int>(context, client, input);

    /// <summary>Delivers fire and resolve signals to alert lifecycles.</summary>
    [Function(WorkflowNames.SignalAlerts)]
    public Task<int> SignalAlertsAsync([ActivityTrigger] IReadOnlyList<AlertDelivery> input, [DurableClient] DurableTaskClient client, FunctionContext context) =>
        ClientActivity.RunAsync<SignalAlertsActivity, IReadOnlyList<AlertDelivery>, int>(context, client, input);

    /// <summary>Checks silences and inhibition, then publishes the alert to the <c>alerts</c> topic.</summary>
    [Function(WorkflowNames.PublishAlert)]
    public Task<PublishOutcome> PublishAlertAsync([ActivityTrigger] PublishRequest input, [DurableClient] DurableTaskClient client, FunctionContext context) =>
        ClientActivity.RunAsync<PublishAlertActivity, PublishRequest, PublishOutcome>(context, client, input);

    /// <summary>Purges the finished instances created before the cutoff.</summary>
    [Function(WorkflowNames.PurgeFinishedInstances)]
    public Task<int> PurgeFinishedInstancesAsync([ActivityTrigger] DateTimeOffset input, [DurableClient] DurableTaskClient client, FunctionContext context) =>
        ClientActivity.RunAsync<PurgeFinishedInstancesActivity, DateTimeOffset, int>(context, client, input);
}

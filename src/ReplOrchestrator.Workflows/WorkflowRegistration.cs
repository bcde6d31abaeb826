using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Housekeeping;
using ReplOrchestrator.Workflows.Notifications;
using ReplOrchestrator.Workflows.Silences;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows;

/// <summary>Registers every orchestrator and activity of the replication workflows, under <see cref="WorkflowNames"/>.</summary>
/// <remarks>
/// <see cref="AddReplicationWorkflows"/> is the whole set, for a host whose services hold a
/// <see cref="Microsoft.DurableTask.Client.DurableTaskClient"/>. The parts are for the Azure Functions isolated worker,
/// where a durable client is not a service but a function's <c>[DurableClient]</c> binding: there the activities of
/// <see cref="AddClientActivities"/> are functions of their own, and registering them as well would declare each twice.
/// </remarks>
public static class WorkflowRegistration
{
    /// <summary>
    /// Adds the workflows to a registry: the <c>AddTasks</c> callback every host shares.
    /// </summary>
    /// <remarks>
    /// Orchestrators get <paramref name="options"/> at construction. Activities are built from the host's
    /// service provider for each run, so it must provide <see cref="Microsoft.DurableTask.Client.DurableTaskClient"/>,
    /// <see cref="Ports.IAlertPublisher"/>, <see cref="Ports.ICloudProbe"/>, <see cref="Ports.INotificationSender"/>,
    /// <see cref="Domain.Notifications.NotificationPolicy"/>, <see cref="TimeProvider"/> and
    /// <see cref="Microsoft.Extensions.Hosting.IHostApplicationLifetime"/>. Payloads must be written with
    /// <see cref="DurableJson.Converter"/>.
    /// </remarks>
    /// <param name="registry">The worker's task registry.</param>
    /// <param name="options">What the workflows decide with; validated here.</param>
    /// <returns>The same registry.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static DurableTaskRegistry AddReplicationWorkflows(this DurableTaskRegistry registry, WorkflowOptions options) =>
        registry.AddReplicationOrchestrators(options).AddClientFreeActivities().AddClientActivities();

    /// <summary>Adds every orchestrator, each built with <paramref name="options"/>.</summary>
    /// <param name="registry">The worker's task registry.</param>
    /// <param name="options">What the workflows decide with; validated here.</param>
    /// <returns>The same registry.</returns>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static DurableTaskRegistry AddReplicationOrchestrators(this DurableTaskRegistry registry, WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        var valid = options.ThrowIfInvalid();
        return registry
            .AddOrchestrator(WorkflowNames.ApplianceMonitor, () => new ApplianceMonitor(valid))
            .AddOrchestrator(WorkflowNames.VmMonitor, () => new VmMonitor(valid))
            .AddOrchestrator(WorkflowNames.ReplicationCycle, () => new ReplicationCycle(valid))
            .AddOrchestrator(WorkflowNames.DiskUpload, () => new DiskUpload(valid))
            .AddOrchestrator(WorkflowNames.Diagnosis, () => new DiagnosisOrchestrator(valid))
            .AddOrchestrator(WorkflowNames.AlertLifecycle, () => new AlertLifecycle(valid))
            .AddOrchestrator(WorkflowNames.NotificationGroup, () => new NotificationGroupOrchestrator(valid))
            .AddOrchestrator(WorkflowNames.SilenceRegistry, () => new SilenceRegistry(valid.Monitoring))
            .AddOrchestrator(WorkflowNames.Housekeeping, () => new HousekeepingOrchestrator(valid));
    }

    /// <summary>
    /// Adds the activities that need no durable client: <see cref="WorkflowNames.RunCloudProbe"/> and
    /// <see cref="WorkflowNames.DeliverNotification"/>.
    /// </summary>
    /// <param name="registry">The worker's task registry.</param>
    /// <returns>The same registry.</returns>
    public static DurableTaskRegistry AddClientFreeActivities(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddActivity<RunCloudProbeActivity>(WorkflowNames.RunCloudProbe)
            .AddActivity<DeliverNotificationActivity>(WorkflowNames.DeliverNotification);
    }

    /// <summary>
    /// Adds the activities that start, signal or purge instances through a durable client taken from the host's
    /// services: <see cref="WorkflowNames.EnsureVmMonitors"/>, <see cref="WorkflowNames.StartReplicationCycle"/>,
    /// <see cref="WorkflowNames.StartDiskUploads"/>, <see cref="WorkflowNames.SignalAlerts"/>,
    /// <see cref="WorkflowNames.PublishAlert"/> and <see cref="WorkflowNames.PurgeFinishedInstances"/>.
    /// </summary>
    /// <param name="registry">The worker's task registry.</param>
    /// <returns>The same registry.</returns>
    public static DurableTaskRegistry AddClientActivities(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddActivity<EnsureVmMonitorsActivity>(WorkflowNames.EnsureVmMonitors)
            .AddActivity<StartReplicationCycleActivity>(WorkflowNames.StartReplicationCycle)
            .AddActivity<StartDiskUploadsActivity>(WorkflowNames.StartDiskUploads)
            .AddActivity<SignalAlertsActivity>(WorkflowNames.SignalAlerts)
            .AddActivity<PublishAlertActivity>(WorkflowNames.PublishAlert)
            .AddActivity<PurgeFinishedInstancesActivity>(WorkflowNames.PurgeFinishedInstances);
    }
}

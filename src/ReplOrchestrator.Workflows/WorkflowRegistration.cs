using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Silences;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows;

/// <summary>Registers every orchestrator and activity of the replication workflows, under <see cref="WorkflowNames"/>.</summary>
public static class WorkflowRegistration
{
    /// <summary>Adds the workflows to a registry.</summary>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static DurableTaskRegistry AddReplicationWorkflows(this DurableTaskRegistry registry, WorkflowDependencies dependencies)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(dependencies);
        var options = dependencies.Options.ThrowIfInvalid();
        return registry
            .AddOrchestrator(WorkflowNames.ApplianceMonitor, () => new ApplianceMonitor(options))
            .AddOrchestrator(WorkflowNames.VmMonitor, () => new VmMonitor(options))
            .AddOrchestrator(WorkflowNames.ReplicationCycle, () => new ReplicationCycle(options))
            .AddOrchestrator(WorkflowNames.DiskUpload, () => new DiskUpload(options))
            .AddOrchestrator(WorkflowNames.Diagnosis, () => new DiagnosisOrchestrator(options))
            .AddOrchestrator(WorkflowNames.AlertLifecycle, () => new AlertLifecycle(options))
            .AddOrchestrator(WorkflowNames.SilenceRegistry, () => new SilenceRegistry(options.Monitoring))
            .AddActivity(WorkflowNames.EnsureVmMonitors, () => new EnsureVmMonitorsActivity(dependencies.Client))
            .AddActivity(WorkflowNames.StartReplicationCycle, () => new StartReplicationCycleActivity(dependencies.Client))
            .AddActivity(WorkflowNames.SignalAlerts, () => new SignalAlertsActivity(dependencies.Client))
            .AddActivity(WorkflowNames.PublishAlert, () => new PublishAlertActivity(dependencies.Client, dependencies.AlertPublisher, dependencies.Time))
            .AddActivity(WorkflowNames.RunCloudProbe, () => new RunCloudProbeActivity(dependencies.CloudProbe));
    }
}

namespace ReplOrchestrator.Workflows;

/// <summary>
/// The registered names of every orchestrator and activity. They are part of stored history and of
/// the Functions app's function names: never rename one while instances are in flight.
/// </summary>
public static class WorkflowNames
{
    /// <summary>Eternal, one per appliance: heartbeats, liveness, commands, fan-out to VMs.</summary>
    public const string ApplianceMonitor = nameof(ApplianceMonitor);

    /// <summary>Eternal, one per VM: state, cycles, health, missed cycles, the VM's alerts.</summary>
    public const string VmMonitor = nameof(VmMonitor);

    /// <summary>One per replication cycle: phases under deadlines.</summary>
    public const string ReplicationCycle = nameof(ReplicationCycle);

    /// <summary>One per disk of a cycle's upload: progress-aware deadline.</summary>
    public const string DiskUpload = nameof(DiskUpload);

    /// <summary>Probes fanned out and joined under a deadline; classifies the probable cause.</summary>
    public const string Diagnosis = nameof(Diagnosis);

    /// <summary>Eternal, one per alert dedup key: grouping, repeat, resolve, silences, inhibition.</summary>
    public const string AlertLifecycle = nameof(AlertLifecycle);

    /// <summary>Eternal, one per notification group: grouping, timing and durable delivery of notifications.</summary>
    public const string NotificationGroup = nameof(NotificationGroup);

    /// <summary>Eternal, one instance: the silences and maintenance windows.</summary>
    public const string SilenceRegistry = nameof(SilenceRegistry);

    /// <summary>Eternal, one instance: purges finished instances past their retention.</summary>
    public const string Housekeeping = nameof(Housekeeping);

    /// <summary>Activity: purges the finished instances created before a cutoff.</summary>
    public const string PurgeFinishedInstances = nameof(PurgeFinishedInstances);

    /// <summary>Activity: starts VM monitors that do not exist yet.</summary>
    public const string EnsureVmMonitors = nameof(EnsureVmMonitors);

    /// <summary>Activity: starts a replication cycle's orchestration unless it exists.</summary>
    public const string StartReplicationCycle = nameof(StartReplicationCycle);

    /// <summary>Activity: starts the uploads of disks a cycle sees for the first time, unless they exist.</summary>
    public const string StartDiskUploads = nameof(StartDiskUploads);

    /// <summary>Activity: delivers fire and resolve signals to alert lifecycles, starting them when needed.</summary>
    public const string SignalAlerts = nameof(SignalAlerts);

    /// <summary>Activity: checks silences and inhibition, then publishes an alert on the alerts topic.</summary>
    public const string PublishAlert = nameof(PublishAlert);

    /// <summary>Activity: one attempt to deliver one notification to one Teams or email target.</summary>
    public const string DeliverNotification = nameof(DeliverNotification);

    /// <summary>Activity: resolves and connects to one cloud endpoint from the monitor's side.</summary>
    public const string RunCloudProbe = nameof(RunCloudProbe);
}

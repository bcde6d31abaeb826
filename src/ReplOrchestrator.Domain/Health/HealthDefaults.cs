namespace ReplOrchestrator.Domain.Health;

/// <summary>The defaults of <see cref="HealthOptions"/> and what each is based on.</summary>
public static class HealthDefaults
{
    /// <summary>12 hours: Hyper-V Replica's default monitoring interval (MonitoringInterval = 43200 s).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(12);

    /// <summary>
    /// 12 hours for Azure Migrate: the longest interval Azure Migrate waits between delta cycles, so a VM
    /// without a good cycle for longer is behind Azure Migrate's own schedule.
    /// </summary>
    public static readonly TimeSpan AzureMigrateRpoTarget = TimeSpan.FromHours(12);

    /// <summary>
    /// 1 hour for Hyper-V Replica: the System Center "Replica out of sync" monitor and Hyper-V's own Warning
    /// both start when nothing has replicated for more than an hour.
    /// </summary>
    public static readonly TimeSpan HyperVReplicaRpoTarget = TimeSpan.FromHours(1);

    /// <summary>10 %: how far past the target the RPO may run before it counts, so one-minute overshoots do not alert.</summary>
    public const double RpoTolerancePercent = 10;

    /// <summary>2×: past twice the RPO target the VM is critical (the "critical at 2×" convention of RPO monitors).</summary>
    public const double RpoCriticalMultiple = 2;

    /// <summary>20 %: Hyper-V Replica turns Warning when about a fifth of the window's cycles were missed.</summary>
    public const double MissedCycleWarningRatio = 0.2;

    /// <summary>50 %: when half the window's cycles were lost, replication is not keeping up at all.</summary>
    public const double MissedCycleCriticalRatio = 0.5;

    /// <summary>
    /// 3 failures in a row: one failure is the portal's Warning ("the previous cycle failed"); three rule out a
    /// transient error that the next cycle repairs.
    /// </summary>
    public const int ConsecutiveFailuresCritical = 3;

    /// <summary>
    /// 15 minutes: health improves only after the better level has held this long, three 5-minute heartbeats,
    /// so a flapping VM does not flip (and alert) on every heartbeat. Worsening applies at once.
    /// </summary>
    public static readonly TimeSpan RecoveryHoldTime = TimeSpan.FromMinutes(15);

    /// <summary>3 evaluations: the better level must also be seen this many times in a row, so one late heartbeat cannot end a hold.</summary>
    public const int RecoveryHoldEvaluations = 3;
}

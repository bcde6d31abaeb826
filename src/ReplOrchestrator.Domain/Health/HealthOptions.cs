using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Health;

/// <summary>
/// The health policy's thresholds; bound from <c>Repl:Health</c>, and from a group's own section to give a
/// group of VMs its own targets.
/// </summary>
public sealed record HealthOptions : IValidatedOptions
{
    /// <summary>The monitoring window missed and failed cycles are counted over.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.Window"/> (12 h); 1 min to 7 days.</value>
    public TimeSpan Window { get; init; } = HealthDefaults.Window;

    /// <summary>The RPO target for Azure Migrate VMs: the longest acceptable time since the last successful cycle.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.AzureMigrateRpoTarget"/> (12 h); 1 s to 7 days.</value>
    public TimeSpan AzureMigrateRpoTarget { get; init; } = HealthDefaults.AzureMigrateRpoTarget;

    /// <summary>The RPO target for Hyper-V Replica VMs.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.HyperVReplicaRpoTarget"/> (1 h); 1 s to 7 days.</value>
    public TimeSpan HyperVReplicaRpoTarget { get; init; } = HealthDefaults.HyperVReplicaRpoTarget;

    /// <summary>How far past the target, in percent of it, the RPO may run before it is a Warning.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.RpoTolerancePercent"/> (10); 0 to 100.</value>
    public double RpoTolerancePercent { get; init; } = HealthDefaults.RpoTolerancePercent;

    /// <summary>The multiple of the target at which the RPO is Critical.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.RpoCriticalMultiple"/> (2); above 1 plus the tolerance, at most 100.</value>
    public double RpoCriticalMultiple { get; init; } = HealthDefaults.RpoCriticalMultiple;

    /// <summary>The share of the window's cycles missed or failed at which health is Warning.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.MissedCycleWarningRatio"/> (0.2); above 0, at most <see cref="MissedCycleCriticalRatio"/>.</value>
    public double MissedCycleWarningRatio { get; init; } = HealthDefaults.MissedCycleWarningRatio;

    /// <summary>The share of the window's cycles missed or failed at which health is Critical.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.MissedCycleCriticalRatio"/> (0.5); at most 1.</value>
    public double MissedCycleCriticalRatio { get; init; } = HealthDefaults.MissedCycleCriticalRatio;

    /// <summary>How many failed cycles in a row make health Critical (one makes it Warning).</summary>
    /// <value>Defaults to <see cref="HealthDefaults.ConsecutiveFailuresCritical"/> (3); 1 to 100.</value>
    public int ConsecutiveFailuresCritical { get; init; } = HealthDefaults.ConsecutiveFailuresCritical;

    /// <summary>How long a better level must hold before health improves.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.RecoveryHoldTime"/> (15 min); 0 to 1 day.</value>
    public TimeSpan RecoveryHoldTime { get; init; } = HealthDefaults.RecoveryHoldTime;

    /// <summary>How many evaluations in a row must show a better level before health improves.</summary>
    /// <value>Defaults to <see cref="HealthDefaults.RecoveryHoldEvaluations"/> (3); 1 to 100.</value>
    public int RecoveryHoldEvaluations { get; init; } = HealthDefaults.RecoveryHoldEvaluations;

    /// <summary>The RPO target that applies to a VM of <paramref name="kind"/>.</summary>
    public TimeSpan RpoTargetFor(ApplianceKind kind) =>
        kind == ApplianceKind.HyperVReplica ? HyperVReplicaRpoTarget : AzureMigrateRpoTarget;

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate()
    {
        var week = TimeSpan.FromDays(7);
        return new OptionRules()
            .Between(nameof(Window), Window, TimeSpan.FromMinutes(1), week)
            .Between(nameof(AzureMigrateRpoTarget), AzureMigrateRpoTarget, TimeSpan.FromSeconds(1), week)
            .Between(nameof(HyperVReplicaRpoTarget), HyperVReplicaRpoTarget, TimeSpan.FromSeconds(1), week)
            .Between(nameof(RpoTolerancePercent), RpoTolerancePercent, 0, 100)
            .Between(nameof(RpoCriticalMultiple), RpoCriticalMultiple, 1, 100)
            .Require(RpoCriticalMultiple > 1 + (RpoTolerancePercent / 100),
                $"{nameof(RpoCriticalMultiple)} ({RpoCriticalMultiple}) must be above 1 plus the tolerance ({RpoTolerancePercent} %).")
            .Between(nameof(MissedCycleWarningRatio), MissedCycleWarningRatio, double.Epsilon, 1)
            .Between(nameof(MissedCycleCriticalRatio), MissedCycleCriticalRatio, double.Epsilon, 1)
            .Require(MissedCycleWarningRatio <= MissedCycleCriticalRatio,
                $"{nameof(MissedCycleWarningRatio)} ({MissedCycleWarningRatio}) must not exceed {nameof(MissedCycleCriticalRatio)} ({MissedCycleCriticalRatio}).")
            .Between(nameof(ConsecutiveFailuresCritical), ConsecutiveFailuresCritical, 1, 100)
            .Between(nameof(RecoveryHoldTime), RecoveryHoldTime, TimeSpan.Zero, TimeSpan.FromDays(1))
            .Between(nameof(RecoveryHoldEvaluations), RecoveryHoldEvaluations, 1, 100)
            .Problems;
    }
}

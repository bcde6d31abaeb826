using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>Open conditions: what a replication state raises, what keeps a condition open, and why it resolves.</summary>
public sealed partial class VmConditionsTests
{
    public static TheoryData<ApplianceKind, ReplicationState, string?> StateCases() => new()
    {
        { ApplianceKind.HyperVReplica, ReplicationState.Suspended, CatalogCodes.HyperVReplicationSuspended },
        { ApplianceKind.AzureMigrateVMware, ReplicationState.Suspended, CatalogCodes.ReplicationSuspended },
        { ApplianceKind.AzureMigrateVMware, ReplicationState.Error, CatalogCodes.ReplicationInError },
        { ApplianceKind.HyperVReplica, ReplicationState.ResyncRequired, CatalogCodes.ResyncRequired },
        { ApplianceKind.AzureMigrateVMware, ReplicationState.Paused, CatalogCodes.ReplicationPaused },
        { ApplianceKind.AzureMigrateVMware, ReplicationState.Replicating, null },
        { ApplianceKind.HyperVReplica, ReplicationState.InitialReplication, null },
    };

    [Theory]
    [MemberData(nameof(StateCases))]
    public void Evaluate_ReplicationState_RaisesItsConditionWithTheCatalogSeverity(ApplianceKind kind, ReplicationState replication, string? code)
    {
        var (next, deliveries) = VmConditions.Evaluate(Vm(kind, T0) with { State = replication }, T0, Options, SignalIds());

        Fired(deliveries).ShouldBe(code is null ? [] : [(code, ErrorCatalog.Get(code).Severity)]);
        next.Open.Select(c => (c.Code, c.Since)).ShouldBe(code is null ? [] : [(code, T0)]);
    }

    [Fact]
    public void Evaluate_RpoGrowsFromWarningToCritical_UpdatesTheOpenAlertOnlyWhenTheSeverityChanges()
    {
        var state = HealthyHyperVVm();
        (state, var warning) = VmConditions.Evaluate(state, T0.AddMinutes(67), Options, SignalIds());
        (state, var unchanged) = VmConditions.Evaluate(state, T0.AddMinutes(90), Options, SignalIds());
        (state, var critical) = VmConditions.Evaluate(state, T0.AddMinutes(120), Options, SignalIds());

        Fired(warning).ShouldBe([(CatalogCodes.RpoExceeded, AlertSeverity.Warning)]);
        unchanged.ShouldBeEmpty();
        Fired(critical).ShouldBe([(CatalogCodes.RpoExceeded, AlertSeverity.Critical)]);
        state.Open.Select(c => (c.Code, c.Since, c.Severity)).ShouldBe([(CatalogCodes.RpoExceeded, T0.AddMinutes(67), AlertSeverity.Critical)]);
    }

    public static TheoryData<TimeSpan, bool> QuietCases() => new()
    {
        { TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1), false },
        { TimeSpan.FromMinutes(30), true },
    };

    [Theory]
    [MemberData(nameof(QuietCases))]
    public void Evaluate_AlertFromEventLogEntries_ResolvesOnceTheQuietPeriodHasPassed(TimeSpan sinceLastEntry, bool resolves)
    {
        var state = HealthyHyperVVm() with { Open = [Open(CatalogCodes.HyperVReplicationRetrying, T0) with { LastEventAt = T0 }] };

        var (next, deliveries) = VmConditions.Evaluate(state, T0 + sinceLastEntry, Options, SignalIds());

        Resolved(deliveries).ShouldBe(resolves ? [(CatalogCodes.HyperVReplicationRetrying, "no further event-log entries for 30 min (last at 2026-11-22 04:00:00Z)")] : []);
        next.Open.Count.ShouldBe(resolves ? 0 : 1);
    }

    [Theory]
    [InlineData(ReplicationState.Suspended, false)]
    [InlineData(ReplicationState.Replicating, true)]
    public void Evaluate_ConditionARecentEventRaisedButAStateDescribes_FollowsTheState(ReplicationState replication, bool resolves)
    {
        // 32086 raised it a minute ago; the quiet period does not keep a state's condition open once the state clears.
        var suspended = Open(CatalogCodes.HyperVReplicationSuspended, T0.AddMinutes(-1), AlertSeverity.Critical) with { LastEventAt = T0.AddMinutes(-1) };
        var state = HealthyHyperVVm() with { State = replication, Open = [suspended] };

        var (next, deliveries) = VmConditions.Evaluate(state, T0, Options, SignalIds());

        Resolved(deliveries).ShouldBe(resolves ? [(CatalogCodes.HyperVReplicationSuspended, "replication is Replicating again")] : []);
        next.Open.ShouldBe(resolves ? [] : [suspended]);
    }

    [Fact]
    public void Evaluate_CycleProblemNotYetFollowedByASuccess_StaysOpen()
    {
        var upload = Open(CatalogCodes.DiskUploadTimedOut, T0.AddDays(-2), AlertSeverity.Critical) with { FromCycle = true, CycleId = "c-1" };

        var (next, deliveries) = VmConditions.Evaluate(HealthyAzureMigrateVm() with { Open = [upload] }, T0, Options, SignalIds());

        deliveries.ShouldBeEmpty();
        next.Open.ShouldBe([upload]);
    }

    public static TheoryData<string, string, string> ReleasedCases() => new()
    {
        { CatalogCodes.DiskUploadTimedOut, "c-1", "cycle c-1 completed after all" },
        { CatalogCodes.DiskUploadTimedOut, "c-2", "a later cycle (c-2) completed successfully" },
        { CatalogCodes.RpoExceeded, "c-2", "the last successful cycle is within the RPO target again" },
        { CatalogCodes.CycleMissed, "c-2", "cycles start on schedule again" },
        { CatalogCodes.ReplicationInError, "c-2", "replication is Replicating again" },
    };

    [Theory]
    [MemberData(nameof(ReleasedCases))]
    public void Evaluate_ConditionNothingHoldsAnyMore_ResolvesSayingWhy(string code, string succeededCycle, string reason)
    {
        var condition = Open(code, T0.AddHours(-3)) with { CycleId = code == CatalogCodes.DiskUploadTimedOut ? "c-1" : null };
        var state = HealthyAzureMigrateVm() with { Open = [condition], Cycles = [Cycle(succeededCycle, CycleOutcome.Succeeded, T0.AddMinutes(-1))] };

        var (next, deliveries) = VmConditions.Evaluate(state, T0, Options, SignalIds());

        deliveries.ShouldHaveSingleItem().ShouldBe(new AlertDelivery(AlertKey.Create(ApplianceId, VmId, code), AlertSignal.Resolve("sig-1", T0, reason)));
        next.Open.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_HealthImprovesInstantly_IsHeldAtTheWorseLevelWhileRecovering()
    {
        var critical = new VmHealth(HealthLevel.Critical, [], T0.AddHours(-1), null, 0);

        var (next, _) = VmConditions.Evaluate(HealthyAzureMigrateVm() with { Health = critical }, T0, Options, SignalIds());

        (next.Health!.Level, next.Health.LevelSince, next.Health.RecoveringSince).ShouldBe((HealthLevel.Critical, T0.AddHours(-1), (DateTimeOffset?)T0));
    }

    private static List<(string Code, string? Reason)> Resolved(IEnumerable<AlertDelivery> deliveries) =>
        [.. deliveries.Where(d => d.Signal.Kind == AlertSignalKind.Resolve).Select(d => (d.Key.Code, d.Signal.Reason))];
}

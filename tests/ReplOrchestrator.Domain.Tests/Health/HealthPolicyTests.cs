using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Health;

public sealed class HealthPolicyTests
{
    private static readonly HealthOptions s_options = new();
    private static readonly DateTimeOffset s_now = Epoch.AddDays(2);

    [Fact]
    public void Evaluate_CyclesOnSchedule_IsNormalWithoutReasons()
    {
        var cycles = Enumerable.Range(0, 12).Select(i => Cycle(CycleOutcome.Succeeded, s_now.AddMinutes(-5 * i))).ToList();

        var health = Evaluate(Input(ApplianceKind.HyperVReplica, cycles: cycles));

        health.Level.ShouldBe(HealthLevel.Normal);
        health.Reasons.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ReplicationState.Suspended, HealthLevel.Critical, CatalogCodes.HyperVReplicationSuspended)]
    [InlineData(ReplicationState.Error, HealthLevel.Critical, CatalogCodes.ReplicationInError)]
    [InlineData(ReplicationState.ResyncRequired, HealthLevel.Critical, CatalogCodes.ResyncRequired)]
    [InlineData(ReplicationState.Paused, HealthLevel.Warning, CatalogCodes.ReplicationPaused)]
    public void Evaluate_ReplicationState_SetsTheLevelWhateverTheCycles(ReplicationState state, HealthLevel expected, string code)
    {
        var health = Evaluate(Input(ApplianceKind.HyperVReplica, state, [Cycle(CycleOutcome.Succeeded, s_now)]));

        health.Level.ShouldBe(expected);
        var reason = health.Reasons.ShouldHaveSingleItem();
        (reason.Kind, reason.CatalogCode).ShouldBe((HealthReasonKind.ReplicationState, code));
    }

    [Theory]
    [InlineData(66, HealthLevel.Normal)]
    [InlineData(67, HealthLevel.Warning)]
    [InlineData(119, HealthLevel.Warning)]
    [InlineData(120, HealthLevel.Critical)]
    public void Evaluate_TimeSinceLastSuccess_IsJudgedAgainstTheRpoTargetWithTolerance(int minutesAgo, HealthLevel expected)
    {
        var health = Evaluate(Input(ApplianceKind.HyperVReplica, cycles: [Cycle(CycleOutcome.Succeeded, s_now.AddMinutes(-minutesAgo))]));

        health.Level.ShouldBe(expected);
        if (expected != HealthLevel.Normal)
        {
            var reason = health.Reasons.ShouldHaveSingleItem();
            (reason.Kind, reason.CatalogCode).ShouldBe((HealthReasonKind.RpoExceeded, CatalogCodes.RpoExceeded));
            reason.Message.ShouldStartWith($"last successful cycle {minutesAgo / 60} h");
        }
    }

    [Fact]
    public void Evaluate_AzureMigrate_UsesItsOwnRpoTarget() =>
        Evaluate(Input(ApplianceKind.AzureMigrateVMware, cycles: [Cycle(CycleOutcome.Succeeded, s_now.AddHours(-6))])).Level.ShouldBe(HealthLevel.Normal);

    [Fact]
    public void Evaluate_InitialReplication_DoesNotJudgeTheRpo() =>
        Evaluate(Input(ApplianceKind.HyperVReplica, ReplicationState.InitialReplication, [], monitoredSince: s_now.AddDays(-2))).Level.ShouldBe(HealthLevel.Normal);

    [Fact]
    public void Evaluate_NoSuccessEver_CountsFromWhenMonitoringBegan()
    {
        var health = Evaluate(Input(ApplianceKind.HyperVReplica, cycles: [], monitoredSince: s_now.AddHours(-3)));

        health.Level.ShouldBe(HealthLevel.Critical);
        health.Reasons.ShouldHaveSingleItem().Message.ShouldStartWith("no successful cycle seen in 3 h");
    }

    [Fact]
    public void Evaluate_LastSuccessOutsideTheList_IsStillUsed() =>
        Evaluate(Input(ApplianceKind.HyperVReplica, cycles: [], lastSuccess: s_now.AddMinutes(-10))).Level.ShouldBe(HealthLevel.Normal);

    [Theory]
    [InlineData(1, HealthLevel.Normal)]
    [InlineData(3, HealthLevel.Warning)]
    [InlineData(7, HealthLevel.Critical)]
    public void Evaluate_MissedCycleRatioInTheWindow_WarnsAtAFifthAndIsCriticalAtHalf(int missed, HealthLevel expected)
    {
        var cycles = Enumerable.Range(0, 12)
            .Select(i => Cycle(i < missed ? CycleOutcome.Missed : CycleOutcome.Succeeded, s_now.AddMinutes(-50 * (i + 1))))
            .Append(Cycle(CycleOutcome.Succeeded, s_now))
            .ToList();

        Evaluate(Input(ApplianceKind.AzureMigrateVMware, cycles: cycles)).Level.ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_MissedCyclesBeforeTheWindow_DoNotCount()
    {
        var cycles = new[] { Cycle(CycleOutcome.Missed, s_now.AddHours(-13)), Cycle(CycleOutcome.Missed, s_now.AddHours(-14)), Cycle(CycleOutcome.Succeeded, s_now) };

        Evaluate(Input(ApplianceKind.AzureMigrateVMware, cycles: cycles)).Level.ShouldBe(HealthLevel.Normal);
    }

    [Fact]
    public void Evaluate_LastCycleFailed_IsWarning()
    {
        var cycles = Enumerable.Range(1, 6).Select(i => Cycle(CycleOutcome.Succeeded, s_now.AddHours(-i))).Append(Cycle(CycleOutcome.Failed, s_now)).ToList();

        var health = Evaluate(Input(ApplianceKind.AzureMigrateVMware, cycles: cycles));

        health.Level.ShouldBe(HealthLevel.Warning);
        health.Reasons.ShouldHaveSingleItem().Kind.ShouldBe(HealthReasonKind.LastCycleFailed);
    }

    [Fact]
    public void Evaluate_ThreeFailuresInARowWithAMissBetween_IsCritical()
    {
        var cycles = new[]
        {
            Cycle(CycleOutcome.Succeeded, s_now.AddHours(-5)), Cycle(CycleOutcome.Failed, s_now.AddHours(-3)),
            Cycle(CycleOutcome.Missed, s_now.AddHours(-2)), Cycle(CycleOutcome.Failed, s_now.AddHours(-1)), Cycle(CycleOutcome.Failed, s_now),
        };

        var health = Evaluate(Input(ApplianceKind.AzureMigrateVMware, cycles: cycles));

        health.Level.ShouldBe(HealthLevel.Critical);
        health.Reasons.ShouldContain(r => r.Kind == HealthReasonKind.ConsecutiveFailures && r.Message == "the last 3 cycles failed");
    }

    [Fact]
    public void Evaluate_CyclesAfterTheEvaluationTime_AreIgnored() =>
        Evaluate(Input(ApplianceKind.AzureMigrateVMware, cycles: [Cycle(CycleOutcome.Succeeded, s_now), Cycle(CycleOutcome.Failed, s_now.AddMinutes(1))]))
            .Level.ShouldBe(HealthLevel.Normal);

    [Fact]
    public void Evaluate_SeveralReasons_ListsTheWorstFirst()
    {
        var health = Evaluate(Input(ApplianceKind.HyperVReplica, ReplicationState.Paused, [Cycle(CycleOutcome.Failed, s_now.AddHours(-3))]));

        health.Reasons.Select(r => r.Level).ShouldBe(health.Reasons.Select(r => r.Level).OrderByDescending(l => l));
        health.Level.ShouldBe(health.Reasons[0].Level);
    }

    private static HealthEvaluation Evaluate(VmHealthInput input) => HealthPolicy.Evaluate(input, s_now, s_options);

    private static VmHealthInput Input(
        ApplianceKind kind, ReplicationState state = ReplicationState.Replicating, IReadOnlyList<RecentCycle>? cycles = null,
        DateTimeOffset? lastSuccess = null, DateTimeOffset? monitoredSince = null) =>
        new(kind, state, cycles ?? [], lastSuccess, monitoredSince ?? s_now.AddDays(-1));

    private static RecentCycle Cycle(CycleOutcome outcome, DateTimeOffset at) => new(outcome, at);
}

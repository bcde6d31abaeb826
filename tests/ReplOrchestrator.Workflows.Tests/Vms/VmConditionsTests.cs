using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>
/// Which of a VM's conditions hold, against the defaults: RPO targets 12 h (Azure Migrate) and 1 h
/// (Hyper-V) with 10 % tolerance and Critical at 2×, a 12 h window, missed-cycle ratios 0.2 and 0.5,
/// a 1 h grace for Azure Migrate and one interval for Hyper-V.
/// </summary>
public sealed partial class VmConditionsTests
{
    // A VM first seen at T0: Azure Migrate waits its longest interval (12 h) plus 1 h grace; Hyper-V (5 min) one interval plus one.
    public static TheoryData<ApplianceKind, TimeSpan, int> MissCases() => new()
    {
        { ApplianceKind.AzureMigrateVMware, TimeSpan.FromHours(13) - TimeSpan.FromSeconds(1), 0 },
        { ApplianceKind.AzureMigrateVMware, TimeSpan.FromHours(13), 1 },
        { ApplianceKind.AzureMigrateVMware, TimeSpan.FromHours(25) - TimeSpan.FromSeconds(1), 1 },
        { ApplianceKind.AzureMigrateVMware, TimeSpan.FromHours(25), 2 },
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1), 0 },
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(10), 1 },
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(15), 2 },
    };

    [Theory]
    [MemberData(nameof(MissCases))]
    public void Evaluate_NoCycleStartsByTheExpectedTimePlusGrace_RecordsOneMissPerInterval(ApplianceKind kind, TimeSpan elapsed, int misses)
    {
        var state = WaitingForFirstCycle(kind);

        var (next, _) = VmConditions.Evaluate(state, T0 + elapsed, Options, SignalIds());

        (next.Cycles.Count(c => c.Outcome == CycleOutcome.Missed), next.MissesRecorded).ShouldBe((misses, (long)misses));
    }

    [Fact]
    public void Evaluate_SameMomentTwice_RecordsTheMissAndItsAlertOnce()
    {
        var (once, firstDeliveries) = VmConditions.Evaluate(WaitingForFirstCycle(ApplianceKind.AzureMigrateVMware), T0.AddHours(13), Options, SignalIds());

        var (twice, secondDeliveries) = VmConditions.Evaluate(once, T0.AddHours(13), Options, SignalIds());

        firstDeliveries.Select(d => d.Key.Code).ShouldBe([CatalogCodes.CycleMissed]);
        secondDeliveries.ShouldBeEmpty();
        (twice.Cycles.Count, twice.MissesRecorded).ShouldBe((1, 1L));
    }

    [Fact]
    public void Evaluate_CycleRunning_RecordsNoMissHoweverLate()
    {
        var state = WaitingForFirstCycle(ApplianceKind.AzureMigrateVMware) with { Active = Running("c-1", T0.AddHours(1)) };

        var (next, _) = VmConditions.Evaluate(state, T0.AddDays(2), Options, SignalIds());

        (next.Cycles.Count, next.MissesRecorded).ShouldBe((0, 0L));
    }

    [Fact]
    public void Evaluate_DayWithoutAThirtySecondCycle_KeepsOnlyTheRecentCyclesButCountsEveryMiss()
    {
        var state = Vm(ApplianceKind.HyperVReplica, T0, frequencySeconds: 30) with
        {
            Expectation = new NextCycleExpectation(T0.AddSeconds(30), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)),
        };

        var (next, _) = VmConditions.Evaluate(state, T0.AddDays(1), Options, SignalIds());

        // Missed at T0 + 60 s, then one more every 30 s: 1 + (86,400 − 60) / 30.
        next.MissesRecorded.ShouldBe(2879);
        next.Cycles.Count.ShouldBe(20);
        next.Cycles.ShouldAllBe(c => c.Outcome == CycleOutcome.Missed);
    }

    public static TheoryData<string, AlertSeverity?> RatioCases() => new()
    {
        { "SSSSM", AlertSeverity.Warning }, // 1 of 5 lost: the 0.2 ratio
        { "SSSSSM", null }, // 1 of 6
        { "SM", AlertSeverity.Critical }, // half lost
        { "SSSFM", AlertSeverity.Warning }, // failures count with misses in the ratio (2 of 5)
        { "SSFF", null }, // failed cycles alone have alerts of their own, not CycleMissed
        { "M__________S", null }, // the miss was 12 h ago: out of the window
    };

    /// <param name="cycles">One letter an hour, the last one an hour ago: S succeeded, F failed, M missed, _ none.</param>
    [Theory]
    [MemberData(nameof(RatioCases))]
    public void Evaluate_MissedShareOfTheWindow_RaisesCycleMissedOnlyForAMissAtTheRatios(string cycles, AlertSeverity? severity)
    {
        var state = HealthyAzureMigrateVm() with { Cycles = Hourly(cycles), LastSuccessfulCycleAt = T0.AddHours(-1) };

        var (_, deliveries) = VmConditions.Evaluate(state, T0, Options, SignalIds());

        Fired(deliveries).ShouldBe(severity is { } level ? [(CatalogCodes.CycleMissed, level)] : []);
    }

    public static TheoryData<ApplianceKind, TimeSpan, AlertSeverity?> RpoCases() => new()
    {
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(66), null }, // target plus tolerance is not yet over it
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(66) + TimeSpan.FromSeconds(1), AlertSeverity.Warning },
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(120) - TimeSpan.FromSeconds(1), AlertSeverity.Warning },
        { ApplianceKind.HyperVReplica, TimeSpan.FromMinutes(120), AlertSeverity.Critical },
        { ApplianceKind.AzureMigrateVMware, new TimeSpan(13, 12, 0), null },
        { ApplianceKind.AzureMigrateVMware, new TimeSpan(13, 12, 1), AlertSeverity.Warning },
        { ApplianceKind.AzureMigrateVMware, TimeSpan.FromHours(24), AlertSeverity.Critical },
    };

    [Theory]
    [MemberData(nameof(RpoCases))]
    public void Evaluate_TimeSinceTheLastSuccess_RaisesRpoExceededAtTheToleranceAndTwiceTheTarget(ApplianceKind kind, TimeSpan since, AlertSeverity? severity)
    {
        var (_, deliveries) = VmConditions.Evaluate(Vm(kind, T0), T0 + since, Options, SignalIds());

        Fired(deliveries).ShouldBe(severity is { } level ? [(CatalogCodes.RpoExceeded, level)] : []);
    }

    [Fact]
    public void Evaluate_NoSuccessEver_MeasuresTheRpoFromWhenMonitoringBegan()
    {
        var state = Vm(ApplianceKind.HyperVReplica, lastSuccess: null) with { MonitoredSince = T0.AddHours(-2) };

        var (_, deliveries) = VmConditions.Evaluate(state, T0, Options, SignalIds());

        Fired(deliveries).ShouldBe([(CatalogCodes.RpoExceeded, AlertSeverity.Critical)]);
    }

    [Fact]
    public void Evaluate_InitialReplicationForDays_HasNoRecoveryPointToMeasureAnRpoFrom()
    {
        var state = Vm(ApplianceKind.AzureMigrateVMware, lastSuccess: null) with { State = ReplicationState.InitialReplication, MonitoredSince = T0.AddDays(-3) };

        var (_, deliveries) = VmConditions.Evaluate(state, T0, Options, SignalIds());

        deliveries.ShouldBeEmpty();
    }

    [Fact]
    public void Evaluate_NewVmWithNoCycleYet_IsNormalAndQuiet()
    {
        var state = Vm(ApplianceKind.AzureMigrateVMware, lastSuccess: null) with { MonitoredSince = T0 };

        var (next, deliveries) = VmConditions.Evaluate(state, T0, Options, SignalIds());

        deliveries.ShouldBeEmpty();
        (next.Health!.Level, next.Open.Count).ShouldBe((HealthLevel.Normal, 0));
    }

    private static VmMonitorState WaitingForFirstCycle(ApplianceKind kind) => Vm(kind, lastSuccess: null) with
    {
        MonitoredSince = T0,
        Expectation = kind == ApplianceKind.HyperVReplica
            ? new NextCycleExpectation(T0.AddMinutes(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5))
            : new NextCycleExpectation(T0.AddHours(12), TimeSpan.FromHours(1), TimeSpan.FromHours(12)),
    };

    private static List<CycleRecord> Hourly(string letters) =>
    [
        .. letters.Select((letter, i) => (letter, at: T0.AddHours(i - letters.Length)))
            .Where(c => c.letter != '_')
            .Select(c => c.letter == 'M' ? Missed(c.at) : Cycle($"c-{c.at.Hour}", c.letter == 'S' ? CycleOutcome.Succeeded : CycleOutcome.Failed, c.at)),
    ];

    private static List<(string Code, AlertSeverity Severity)> Fired(IEnumerable<AlertDelivery> deliveries) =>
        [.. deliveries.Where(d => d.Signal.Kind == AlertSignalKind.Fire).Select(d => (d.Key.Code, d.Signal.Alert!.Severity))];
}

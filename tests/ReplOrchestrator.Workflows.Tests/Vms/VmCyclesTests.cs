using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>
/// A VM's cycles as they finish, against Microsoft's schedules: Azure Migrate's next delta
/// <c>min(max(1 h, duration / 2), 12 h)</c> after the previous one ended (1 h grace), the first delta
/// as soon as initial replication ends; Hyper-V Replica on its frequency, at once after an overrun
/// (one interval of grace).
/// </summary>
public sealed partial class VmCyclesTests
{
    public static TheoryData<TimeSpan, TimeSpan> DeltaCases() => new()
    {
        { TimeSpan.FromMinutes(30), TimeSpan.FromHours(1) },
        { TimeSpan.FromHours(2), TimeSpan.FromHours(1) },
        { TimeSpan.FromHours(4), TimeSpan.FromHours(2) }, // Microsoft's example: a 4-hour cycle is followed 2 hours later
        { TimeSpan.FromHours(24), TimeSpan.FromHours(12) },
        { TimeSpan.FromHours(30), TimeSpan.FromHours(12) },
    };

    [Theory]
    [MemberData(nameof(DeltaCases))]
    public void Completed_AzureMigrateDelta_ExpectsTheNextHalfItsDurationLaterWithinOneToTwelveHours(TimeSpan duration, TimeSpan wait)
    {
        var state = Vm(ApplianceKind.AzureMigrateVMware, null) with { Active = Running("c-1", T0) };

        var next = VmCycles.Completed(state, Result("c-1", CycleRunOutcome.Succeeded, T0, T0 + duration), Options);

        next.Expectation.ShouldBe(new NextCycleExpectation(T0 + duration + wait, TimeSpan.FromHours(1), wait));
    }

    [Theory]
    [InlineData(CycleRunOutcome.Succeeded)]
    [InlineData(CycleRunOutcome.Failed)]
    public void Completed_AzureMigrateInitialReplication_ExpectsTheFirstDeltaAtOnce(CycleRunOutcome outcome)
    {
        var next = VmCycles.Completed(Vm(ApplianceKind.AzureMigrateVMware, null), Result("c-0", outcome, T0.AddDays(-3), T0, CycleType.Initial), Options);

        next.Expectation.ShouldBe(new NextCycleExpectation(T0, TimeSpan.FromHours(1), TimeSpan.FromHours(1)));
    }

    public static TheoryData<TimeSpan, TimeSpan> HyperVCases() => new()
    {
        { TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5) }, // on the 5-minute frequency, from the start
        { TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5) },
        { TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(7) }, // overran its interval: the next follows at once
        { TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(5) }, // the appliance's clock ahead of ours: the end counts as the start
    };

    [Theory]
    [MemberData(nameof(HyperVCases))]
    public void Completed_HyperVSend_ExpectsTheNextOnTheFrequencyOrAtOnceAfterAnOverrun(TimeSpan ranFor, TimeSpan nextAfterStart)
    {
        var next = VmCycles.Completed(HealthyHyperVVm(), Result("c-1", CycleRunOutcome.Succeeded, T0, T0 + ranFor), Options);

        next.Expectation.ShouldBe(new NextCycleExpectation(T0 + nextAfterStart, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Completed_HyperVWithoutAKnownFrequency_ExpectsNothing()
    {
        var state = Vm(ApplianceKind.HyperVReplica, null) with { FrequencySeconds = null, Expectation = new NextCycleExpectation(T0, TimeSpan.Zero, TimeSpan.FromMinutes(5)) };

        VmCycles.Completed(state, Result("c-1", CycleRunOutcome.Succeeded, T0, T0.AddMinutes(1)), Options).Expectation.ShouldBeNull();
    }

    [Fact]
    public void Completed_OlderCycleWhileANewerRuns_KeepsTheRunningOneAndExpectsNothing()
    {
        var state = HealthyAzureMigrateVm() with { Active = Running("c-2", T0) };

        var next = VmCycles.Completed(state, Result("c-1", CycleRunOutcome.Failed, T0.AddHours(-2), T0.AddMinutes(-1)), Options);

        (next.Active, next.Expectation).ShouldBe((state.Active, (NextCycleExpectation?)null));
        next.Cycles.ShouldHaveSingleItem().CycleId.ShouldBe("c-1");
    }

    [Theory]
    [InlineData(CycleRunOutcome.Succeeded, CycleOutcome.Succeeded, null, true)]
    [InlineData(CycleRunOutcome.Failed, CycleOutcome.Failed, "1011", false)]
    public void Completed_FinishedCycle_IsRecordedAndOnlyASuccessMovesTheRpo(CycleRunOutcome outcome, CycleOutcome recorded, string? errorCode, bool movesRpo)
    {
        var state = Vm(ApplianceKind.AzureMigrateVMware, T0.AddHours(-10)) with { Active = Running("c-1", T0.AddHours(-1)), MissesRecorded = 3 };

        var next = VmCycles.Completed(state, Result("c-1", outcome, T0.AddHours(-1), T0), Options);

        next.Cycles.ShouldHaveSingleItem().ShouldBe(new CycleRecord("c-1", recorded, CycleType.Delta, T0.AddHours(-1), T0, errorCode, []));
        (next.Active, next.MissesRecorded).ShouldBe(((CycleReport?)null, 0L));
        next.LastSuccessfulCycleAt.ShouldBe(movesRpo ? T0 : T0.AddHours(-10));
    }

    [Fact]
    public void Completed_SuccessReportedLate_NeverMovesTheLastSuccessBack()
    {
        var state = HealthyAzureMigrateVm() with { LastSuccessfulCycleAt = T0 };

        var next = VmCycles.Completed(state, Result("c-1", CycleRunOutcome.Succeeded, T0.AddHours(-3), T0.AddHours(-2)), Options);

        next.LastSuccessfulCycleAt.ShouldBe(T0);
    }

    [Fact]
    public void Completed_SameResultTwice_RecordsItOnce()
    {
        var result = Result("c-1", CycleRunOutcome.Succeeded, T0.AddHours(-1), T0);
        var once = VmCycles.Completed(HealthyAzureMigrateVm() with { Active = Running("c-1", T0.AddHours(-1)) }, result, Options);

        var twice = VmCycles.Completed(once, result, Options);

        twice.ShouldBe(once);
        twice.Cycles.Count.ShouldBe(1);
    }

    [Fact]
    public void Completed_Superseded_RecordsNothingAndOnlyLetsGoOfTheCycle()
    {
        var state = HealthyAzureMigrateVm() with { Active = Running("c-1", T0.AddHours(-1)), MissesRecorded = 2 };

        var next = VmCycles.Completed(state, Result("c-1", CycleRunOutcome.Superseded, T0.AddHours(-1), T0), Options);

        next.ShouldBe(state with { Active = null });
    }

    [Fact]
    public void Completed_MoreThanTheRecentCycles_KeepsTheNewestOldestFirst()
    {
        var options = Options with { Monitoring = Options.Monitoring with { RecentCycles = 3 } };
        var state = HealthyAzureMigrateVm() with { Cycles = [.. Enumerable.Range(1, 3).Select(i => Cycle($"c-{i}", CycleOutcome.Succeeded, T0.AddHours(i - 4)))] };

        var next = VmCycles.Completed(state, Result("c-4", CycleRunOutcome.Failed, T0.AddMinutes(-30), T0), options);

        next.Cycles.Select(c => c.CycleId).ShouldBe(["c-2", "c-3", "c-4"]);
    }

    [Theory]
    [InlineData(CycleRunOutcome.Succeeded, false)]
    [InlineData(CycleRunOutcome.Failed, true)]
    public void Completed_OnlyASuccess_ReleasesTheConditionsCyclesHoldOpen(CycleRunOutcome outcome, bool stillHeld)
    {
        var upload = Open(CatalogCodes.DiskUploadTimedOut, T0.AddHours(-1)) with { FromCycle = true, CycleId = "c-1" };

        var next = VmCycles.Completed(HealthyAzureMigrateVm() with { Open = [upload] }, Result("c-2", outcome, T0.AddMinutes(-30), T0), Options);

        next.Open.ShouldHaveSingleItem().FromCycle.ShouldBe(stillHeld);
    }

    public static TheoryData<ApplianceKind, int?, NextCycleExpectation?> FirstCases() => new()
    {
        { ApplianceKind.AzureMigrateVMware, null, new NextCycleExpectation(T0.AddHours(12), TimeSpan.FromHours(1), TimeSpan.FromHours(12)) },
        { ApplianceKind.HyperVReplica, 300, new NextCycleExpectation(T0.AddMinutes(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)) },
        { ApplianceKind.HyperVReplica, 30, new NextCycleExpectation(T0.AddSeconds(30), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)) },
        { ApplianceKind.HyperVReplica, null, null }, // no frequency reported yet: nothing to expect
    };

    [Theory]
    [MemberData(nameof(FirstCases))]
    public void FirstExpectation_VmSeenWithNoCycle_WaitsTheLongestIntervalOrOneHyperVInterval(ApplianceKind kind, int? frequency, NextCycleExpectation? expected)
    {
        var state = new VmMonitorState(ApplianceId, VmId, kind) { FrequencySeconds = frequency };

        VmCycles.FirstExpectation(state, T0, Options).ShouldBe(expected);
    }
}

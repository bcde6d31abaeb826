using FsCheck.Fluent;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Cycles;

public sealed class CycleScheduleTests
{
    private static readonly CycleOptions s_options = new();

    [Theory]
    [InlineData(240, 120)]
    [InlineData(30, 60)]
    [InlineData(150, 75)]
    [InlineData(30 * 60, 12 * 60)]
    public void AfterCycle_AzureMigrateDelta_WaitsHalfThePreviousDurationWithinOneToTwelveHours(int durationMinutes, int waitMinutes)
    {
        var ended = Epoch.AddMinutes(durationMinutes);

        var next = CycleSchedule.AfterCycle(ApplianceKind.AzureMigrateVMware, CycleType.Delta, Epoch, ended, null, s_options);

        next.ExpectedAt.ShouldBe(ended.AddMinutes(waitMinutes));
        next.MissedAt.ShouldBe(ended.AddMinutes(waitMinutes).AddHours(1));
    }

    [Fact]
    public void AfterCycle_AzureMigrateInitial_ExpectsTheFirstDeltaAtOnce()
    {
        var ended = Epoch.AddDays(2);

        var next = CycleSchedule.AfterCycle(ApplianceKind.AzureMigrateVMware, CycleType.Initial, Epoch, ended, null, s_options);

        next.ExpectedAt.ShouldBe(ended);
    }

    [Theory]
    [InlineData(300, 60, 300)]
    [InlineData(300, 420, 420)]
    [InlineData(30, 10, 30)]
    public void AfterCycle_HyperV_ExpectsTheNextSendOneFrequencyAfterTheStartOrAtOnceAfterAnOverrun(int frequency, int durationSeconds, int expectedSeconds)
    {
        var next = CycleSchedule.AfterCycle(ApplianceKind.HyperVReplica, CycleType.Delta, Epoch, Epoch.AddSeconds(durationSeconds), frequency, s_options);

        next.ExpectedAt.ShouldBe(Epoch.AddSeconds(expectedSeconds));
        next.Grace.ShouldBe(TimeSpan.FromSeconds(frequency));
        next.Interval.ShouldBe(TimeSpan.FromSeconds(frequency));
    }

    [Fact]
    public void AfterCycle_HyperVWithoutFrequency_Throws() =>
        Should.Throw<ArgumentException>(() => CycleSchedule.AfterCycle(ApplianceKind.HyperVReplica, CycleType.Delta, Epoch, Epoch, null, s_options));

    [Fact]
    public void AfterCycle_EndBeforeStart_Throws() =>
        Should.Throw<ArgumentException>(() =>
            CycleSchedule.AfterCycle(ApplianceKind.AzureMigrateVMware, CycleType.Delta, Epoch, Epoch.AddSeconds(-1), null, s_options));

    [Fact]
    public void FirstObserved_AzureMigrate_ClaimsNoMissBeforeTheLongestInterval() =>
        CycleSchedule.FirstObserved(ApplianceKind.AzureMigrateVMware, Epoch, null, s_options).ExpectedAt.ShouldBe(Epoch.AddHours(12));

    [Fact]
    public void MissedCount_CountsOneMorePerIntervalAfterTheGrace()
    {
        var next = new NextCycleExpectation(Epoch, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

        next.MissedCount(Epoch.AddMinutes(4)).ShouldBe(0);
        next.MissedCount(Epoch.AddMinutes(5)).ShouldBe(1);
        next.MissedCount(Epoch.AddMinutes(14)).ShouldBe(2);
        next.IsMissed(Epoch.AddMinutes(5)).ShouldBeTrue();
    }

    [Fact]
    public void DeltaInterval_StaysWithinOneAndTwelveHoursAndGrowsWithTheDuration() => Verify(Prop.ForAll(
        Duration(3 * 24 * 60).ToArbitrary(), Duration(600).ToArbitrary(),
        (duration, longer) =>
        {
            var interval = CycleSchedule.DeltaInterval(duration);
            return interval >= TimeSpan.FromHours(1)
                && interval <= TimeSpan.FromHours(12)
                && CycleSchedule.DeltaInterval(duration + longer) >= interval
                && (interval == duration / 2 || duration / 2 < TimeSpan.FromHours(1) || duration / 2 > TimeSpan.FromHours(12));
        }));

    [Fact]
    public void AfterCycle_AzureMigrateDelta_ExpectsTheNextStartOneToTwelveHoursAfterTheEnd() => Verify(Prop.ForAll(
        Instant(60 * 24).ToArbitrary(), Duration(3 * 24 * 60).ToArbitrary(),
        (start, duration) =>
        {
            var next = CycleSchedule.AfterCycle(ApplianceKind.AzureMigrateVMware, CycleType.Delta, start, start + duration, null, s_options);
            var wait = next.ExpectedAt - (start + duration);
            return wait >= TimeSpan.FromHours(1) && wait <= TimeSpan.FromHours(12) && next.MissedAt > next.ExpectedAt;
        }));

    [Fact]
    public void AfterCycle_HyperV_NeverExpectsTheNextSendBeforeTheEndOrSoonerThanOneFrequency() => Verify(Prop.ForAll(
        Gen.Elements(30, 300, 900).ToArbitrary(), Duration(60).ToArbitrary(),
        (frequency, duration) =>
        {
            var next = CycleSchedule.AfterCycle(ApplianceKind.HyperVReplica, CycleType.Delta, Epoch, Epoch + duration, frequency, s_options);
            return next.ExpectedAt >= Epoch + duration && next.ExpectedAt >= Epoch.AddSeconds(frequency);
        }));

    [Fact]
    public void MissedCount_IsZeroBeforeTheGraceAndNeverFalls() => Verify(Prop.ForAll(
        (from at in Duration(600)
         from later in Duration(600)
         from grace in Duration(600)
         from interval in Duration(60)
         select (at, later, grace, interval)).ToArbitrary(),
        sample =>
        {
            var (at, later, grace, interval) = sample;
            var next = new NextCycleExpectation(Epoch, grace, interval + TimeSpan.FromSeconds(1));
            var count = next.MissedCount(Epoch + at);
            return (Epoch + at < next.MissedAt ? count == 0 : count >= 1) && next.MissedCount(Epoch + at + later) >= count;
        }));
}

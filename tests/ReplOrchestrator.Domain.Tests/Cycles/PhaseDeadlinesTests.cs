using FsCheck.Fluent;
using ReplOrchestrator.Domain.Cycles;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Cycles;

public sealed class PhaseDeadlinesTests
{
    private static readonly CycleOptions s_options = new();

    [Fact]
    public void Snapshot_IsStartPlusTheSnapshotTimeout() =>
        PhaseDeadlines.Snapshot(Epoch, s_options).ShouldBe(Epoch.AddMinutes(30));

    [Fact]
    public void DisposeArtefacts_IsStartPlusTheDisposeTimeout() =>
        PhaseDeadlines.DisposeArtefacts(Epoch, s_options with { DisposeArtefactsTimeout = TimeSpan.FromSeconds(20) }).ShouldBe(Epoch.AddSeconds(20));

    [Fact]
    public void Upload_NoProgressYet_TimesOutAfterTheStallLimit() =>
        PhaseDeadlines.Upload(Epoch, Epoch, CycleType.Delta, s_options).ShouldBe(new UploadDeadline(Epoch.AddMinutes(30), UploadLimit.Stall));

    [Fact]
    public void Upload_BytesKeepMoving_TheCapStillApplies()
    {
        var deadline = PhaseDeadlines.Upload(Epoch, Epoch.AddHours(11.9), CycleType.Delta, s_options);

        deadline.ShouldBe(new UploadDeadline(Epoch.AddHours(12), UploadLimit.MaxDuration));
    }

    [Fact]
    public void Upload_InitialCycle_UsesTheInitialCap()
    {
        var deadline = PhaseDeadlines.Upload(Epoch, Epoch.AddDays(6.99), CycleType.Initial, s_options);

        deadline.ShouldBe(new UploadDeadline(Epoch.AddDays(7), UploadLimit.MaxDuration));
    }

    [Fact]
    public void Upload_ProgressReportedBeforeTheStart_CountsFromTheStart() =>
        PhaseDeadlines.Upload(Epoch, Epoch.AddHours(-1), CycleType.Delta, s_options).At.ShouldBe(Epoch.AddMinutes(30));

    [Fact]
    public void Upload_IsTheEarlierOfStallAndCap() => Verify(Prop.ForAll(
        (from progressOffset in Duration(2000)
         from cap in Duration(3000)
         from stall in Duration(120)
         from startOffset in Duration(1500)
         select (progressOffset, cap, stall, startOffset)).ToArbitrary(),
        sample =>
        {
            var (progressOffset, cap, stall, startOffset) = sample;
            var options = new CycleOptions { UploadStallTimeout = stall, UploadMaxDuration = cap };
            var start = Epoch + startOffset;
            var progress = start + progressOffset;

            var deadline = PhaseDeadlines.Upload(start, progress, CycleType.Delta, options);

            var expected = progress + stall < start + cap ? progress + stall : start + cap;
            return deadline.At == expected
                && deadline.At <= start + cap
                && deadline.At <= progress + stall
                && (deadline.Limit == UploadLimit.Stall) == (progress + stall <= start + cap);
        }));

    [Fact]
    public void Upload_LaterProgressNeverBringsTheDeadlineForward() => Verify(Prop.ForAll(
        Duration(2000).ToArbitrary(), Duration(600).ToArbitrary(), Duration(120).ToArbitrary(),
        (progressOffset, moreProgress, stall) =>
        {
            var options = new CycleOptions { UploadStallTimeout = stall };
            var before = PhaseDeadlines.Upload(Epoch, Epoch + progressOffset, CycleType.Delta, options);
            var after = PhaseDeadlines.Upload(Epoch, Epoch + progressOffset + moreProgress, CycleType.Delta, options);
            return after.At >= before.At;
        }));

    [Fact]
    public void Upload_NeverEndsBeforeTheShorterLimitHasPassed() => Verify(Prop.ForAll(
        Duration(2000).ToArbitrary(), Duration(3000).ToArbitrary(), Duration(120).ToArbitrary(),
        (progressOffset, cap, stall) =>
        {
            var options = new CycleOptions { UploadStallTimeout = stall, UploadMaxDuration = cap };
            var deadline = PhaseDeadlines.Upload(Epoch, Epoch + progressOffset, CycleType.Delta, options);
            return deadline.At >= Epoch + (stall < cap ? stall : cap);
        }));
}

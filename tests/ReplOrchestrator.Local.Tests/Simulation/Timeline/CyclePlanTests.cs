using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Tests.Simulation.Timeline;

public sealed class CyclePlanTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReportAt_WalksThePhases_AndKeepsTheFinishedCycleVisibleUntilItsLingerEnds()
    {
        var cycle = new CyclePlan("c-1", CycleType.Delta, s_t0, s_t0.AddMinutes(5), s_t0.AddMinutes(25), s_t0.AddMinutes(30), s_t0.AddMinutes(35),
            [DiskPlan.Steady("disk-0", 800, s_t0.AddMinutes(5), s_t0.AddMinutes(25))], null);

        var phases = new[] { 1, 10, 26, 31 }.Select(m => cycle.ReportAt(s_t0.AddMinutes(m))).ToList();

        phases.Select(p => p.Phase).ShouldBe([CyclePhase.Snapshot, CyclePhase.Upload, CyclePhase.DisposeArtefacts, CyclePhase.Completed]);
        phases.Select(p => p.Disks[0].UploadedBytes).ShouldBe([0, 200, 800, 800]);
        phases.ShouldAllBe(p => p.StartedAt == s_t0 && p.Error == null);
        cycle.IsVisibleAt(s_t0.AddMinutes(34)).ShouldBeTrue();
        cycle.IsVisibleAt(s_t0.AddMinutes(35)).ShouldBeFalse();
        cycle.IsVisibleAt(s_t0.AddMinutes(-1)).ShouldBeFalse();
    }

    [Fact]
    public void ReportAt_AFailingCycle_ShowsItsErrorOnlyOnceFailed_WithProgressFrozenAtTheFailure()
    {
        var error = new CycleError("1022", "unable to connect");
        var cycle = new CyclePlan("c-2", CycleType.Delta, s_t0, s_t0, s_t0.AddMinutes(10), s_t0.AddMinutes(10), s_t0.AddMinutes(15),
            [DiskPlan.Steady("disk-0", 100, s_t0, s_t0.AddMinutes(20))], error);

        cycle.ReportAt(s_t0.AddMinutes(5)).ShouldSatisfyAllConditions(r => r.Phase.ShouldBe(CyclePhase.Upload), r => r.Error.ShouldBeNull());
        var failed = cycle.ReportAt(s_t0.AddMinutes(14));
        (failed.Phase, failed.Error, failed.Disks[0].UploadedBytes).ShouldBe((CyclePhase.Failed, error, 50L));
    }
}

using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Tests.Vms;

public sealed class CycleTrailTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 22, 3, 40, 0, TimeSpan.Zero);

    private static CycleReport Report(string cycleId, CyclePhase phase, long uploaded) =>
        new(cycleId, CycleType.Delta, phase, s_start, [new DiskProgress("disk-0", 100, uploaded)], null);

    [Fact]
    public void Add_SameCycle_AppendsTheSample()
    {
        var trail = CycleTrail.Add([], null, Report("c-1", CyclePhase.Snapshot, 0), s_start);

        trail = CycleTrail.Add(trail, "c-1", Report("c-1", CyclePhase.Upload, 7), s_start.AddMinutes(5));

        trail.Select(s => s.Phase).ShouldBe([CyclePhase.Snapshot, CyclePhase.Upload]);
        trail[^1].Uploaded["disk-0"].ShouldBe(7);
    }

    [Fact]
    public void Add_NewCycle_StartsANewTrail()
    {
        var trail = CycleTrail.Add([], null, Report("c-1", CyclePhase.Upload, 50), s_start);

        trail = CycleTrail.Add(trail, "c-1", Report("c-2", CyclePhase.Snapshot, 0), s_start.AddHours(1));

        trail.ShouldHaveSingleItem().At.ShouldBe(s_start.AddHours(1));
    }

    [Fact]
    public void Add_PastTheBound_ThinsButKeepsFirstLastAndEveryPhaseChange()
    {
        IReadOnlyList<TrailSample> trail = [];
        for (var minute = 0; minute < 500; minute++)
        {
            var phase = minute < 3 ? CyclePhase.Snapshot : minute < 497 ? CyclePhase.Upload : CyclePhase.DisposeArtefacts;
            trail = CycleTrail.Add(trail, trail.Count == 0 ? null : "c-1", Report("c-1", phase, minute), s_start.AddMinutes(minute));
        }

        trail.Count.ShouldBeLessThanOrEqualTo(CycleTrail.MaxSamples);
        trail[0].At.ShouldBe(s_start);
        trail[^1].At.ShouldBe(s_start.AddMinutes(499));
        trail.First(s => s.Phase == CyclePhase.Upload).At.ShouldBe(s_start.AddMinutes(3));
        trail.First(s => s.Phase == CyclePhase.DisposeArtefacts).At.ShouldBe(s_start.AddMinutes(497));
    }
}

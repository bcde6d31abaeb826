using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Tests.Simulation.Timeline;

public sealed class VmTimelineTests
{
    private static readonly BeatClock s_clock = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(5));
    private static readonly VmIdentity s_vm = new("vm-sql01", "sql01", "esx01.contoso.local", [new DiskSpec("disk-0", 100L << 30)], null);

    [Fact]
    public void CycleAt_AfterTheScript_MakesHealthyCyclesAsTimeReachesThem()
    {
        var timeline = new VmTimeline(VmScript.Healthy, Factory(), s_clock.At(0.5));

        timeline.CycleAt(s_clock.At(0)).ShouldBeNull();
        var ids = Enumerable.Range(1, 60).Select(b => timeline.CycleAt(s_clock.At(b))?.CycleId).OfType<string>().Distinct().ToList();

        ids.Count.ShouldBe(5, "a cycle every 12 beats");
        timeline.StateAt(s_clock.At(60)).ShouldBe(ReplicationState.Replicating);
    }

    [Fact]
    public void Resume_OfASuspendedVm_ReplicatesAgainFromTheNextHalfBeat()
    {
        var timeline = new VmTimeline(new VmScript { SuspendedAt = s_clock.At(2.5), HealthyFrom = s_clock.At(3.5) }, Factory(), s_clock.At(0.5));

        timeline.StateAt(s_clock.At(2)).ShouldBe(ReplicationState.Replicating);
        timeline.StateAt(s_clock.At(20)).ShouldBe(ReplicationState.Suspended);
        timeline.CycleAt(s_clock.At(20)).ShouldBeNull("nothing replicates while suspended");

        timeline.Resume(s_clock.At(20.2)).ShouldBeTrue();

        timeline.StateAt(s_clock.At(21)).ShouldBe(ReplicationState.Replicating);
        timeline.CycleAt(s_clock.At(21))!.StartedAt.ShouldBe(s_clock.At(20.5));
        timeline.Resume(s_clock.At(22)).ShouldBeFalse("it is no longer suspended");
    }

    [Fact]
    public void EventsBetween_TakesEachEventOnce_AfterTheFirstBoundAndUpToTheSecond()
    {
        var events = new[] { 1.2, 2.0, 2.7 }.Select(b => new TimedEvent(s_clock.At(b), 32022, "src", ReplicationEventLevel.Error, "m")).ToList();
        var timeline = new VmTimeline(new VmScript { Events = events }, Factory(), s_clock.At(0.5));

        timeline.EventsBetween(s_clock.At(1), s_clock.At(2)).Select(e => e.At).ShouldBe([s_clock.At(1.2), s_clock.At(2.0)]);
        timeline.EventsBetween(s_clock.At(2), s_clock.At(3)).Select(e => e.At).ShouldBe([s_clock.At(2.7)]);
    }

    private static CycleFactory Factory() => new(s_clock, ApplianceKind.AzureMigrateVMware, s_vm, new Random(1));
}

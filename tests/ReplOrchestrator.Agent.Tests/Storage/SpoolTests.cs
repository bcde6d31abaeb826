using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.Storage;

/// <summary>The spool keeps what the server has not taken, on disk, within its cap.</summary>
public sealed class SpoolTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();
    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;

    [Fact]
    public void AddEvents_OverTheCap_DropsTheOldest_AndCountsThem()
    {
        var spool = new Spool(_folder.Path, maxEvents: 10);

        spool.AddEvents([.. Enumerable.Range(1, 8).Select(Event)], "8").ShouldBe(0);
        spool.AddEvents([.. Enumerable.Range(9, 7).Select(Event)], "15").ShouldBe(5);

        var reopened = new Spool(_folder.Path, maxEvents: 10).State;
        reopened.Events.Select(e => e.EventId).ShouldBe([.. Enumerable.Range(6, 10)]);
        (reopened.EventsDropped, reopened.Bookmark).ShouldBe((5L, "15"));
    }

    [Fact]
    public void Results_SurviveAReopen_UntilDelivered()
    {
        var spool = new Spool(_folder.Path, 100);
        spool.AddResults("cmd-1", [new ProbeResult("cmd-1", ProbeKind.EsxiDns, "esx01", false, 0, "does not resolve")], null);
        spool.AddResults("cmd-2", [], new CommandResult("cmd-2", true, "resumed"));

        var reopened = new Spool(_folder.Path, 100);
        var batch = reopened.Take(500, _now);
        (batch.ProbeResults.Count, batch.CommandResults.Count).ShouldBe((1, 1));
        reopened.HasRun("cmd-1").ShouldBeTrue();

        reopened.Delivered(batch);

        new Spool(_folder.Path, 100).State.ShouldSatisfyAllConditions(
            s => s.ProbeResults.ShouldBeEmpty(),
            s => s.CommandResults.ShouldBeEmpty(),
            s => s.Ran.ShouldBe(["cmd-1", "cmd-2"]));
    }

    [Fact]
    public void Take_HonoursThePerHeartbeatLimit_AndRefusedBodiesDropOnlyEvents()
    {
        var spool = new Spool(_folder.Path, 100);
        spool.AddEvents([.. Enumerable.Range(1, 30).Select(Event)], null);
        spool.AddResults("cmd-3", [], new CommandResult("cmd-3", false, "no"));

        var batch = spool.Take(20, _now);
        batch.Events.Count.ShouldBe(20);
        spool.Refused(batch);

        (spool.State.Events.Count, spool.State.EventsDropped, spool.State.CommandResults.Count).ShouldBe((10, 20L, 1));
    }

    [Fact]
    public void Take_DropsEventsTheServerWouldRefuseAsTooOld()
    {
        var spool = new Spool(_folder.Path, 100);
        spool.AddEvents([Event(1) with { TimeCreated = _now.AddDays(-31) }, Event(2)], null);

        spool.Take(500, _now).Events.Select(e => e.EventId).ShouldBe([2]);
        spool.State.EventsDropped.ShouldBe(1);
    }

    [Fact]
    public void Take_LongMessages_StayWithinTheBodyBudget_AndTheRestWaits()
    {
        var spool = new Spool(_folder.Path, 1000);
        spool.AddEvents([.. Enumerable.Range(1, 500).Select(n => Event(n) with { Message = new string('x', 8192) })], null);

        var batch = spool.Take(500, _now);

        batch.Events.Count.ShouldBeInRange(15, 30);
        spool.Delivered(batch);
        spool.State.Events.Count.ShouldBe(500 - batch.Events.Count);
    }

    public void Dispose() => _folder.Dispose();

    private ReplicationEvent Event(int n) => new(n, "Microsoft-Windows-Hyper-V-VMMS", ReplicationEventLevel.Error, null, _now.AddMinutes(-n), "m");
}

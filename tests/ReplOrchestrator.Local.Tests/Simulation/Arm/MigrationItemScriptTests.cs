using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Tests.Simulation.Arm;

/// <summary>A migration item's script, sampled as polls sample it: one picture per beat, changes on half beats.</summary>
public sealed class MigrationItemScriptTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
    private static readonly BeatClock s_clock = new(s_start, TimeSpan.FromSeconds(2));

    [Fact]
    public void Before_TheFirstStep_ShowsTheItemAsGivenWithItsFirstRecoveryPoint()
    {
        var script = new MigrationItemScript(s_clock, Item()).Upload(10, 20, 2);

        var item = script.At(s_clock.At(0));

        (item.GatewayState, item.LastRecoveryPointId, item.LastRecoveryPointReceived).ShouldBe((null, "rp-1", s_start.AddHours(-1)));
        script.PhaseAt(s_clock.At(0)).ShouldBeNull();
    }

    [Fact]
    public void UploadThenStall_ProgressMovesEachBeat_ThenHoldsAtZeroSpeedForTheStall()
    {
        var script = new MigrationItemScript(s_clock, Item()).Upload(2, 6, 2).Upload(6, 6, 5);

        var polls = Enumerable.Range(1, 7).Select(beat => script.At(s_clock.At(beat))).ToList();

        polls.Select(p => p.GatewayProgress).ShouldBe([2, 6, 6, 6, 6, 6, 6]);
        polls.Take(2).ShouldAllBe(p => p.UploadSpeed > 0 && p.GatewayState == MigrationItemScript.Uploading);
        polls.Skip(2).ShouldAllBe(p => p.UploadSpeed == 0 && p.GatewayState == MigrationItemScript.Uploading);
        script.PhaseAt(s_clock.At(3)).ShouldBe(CyclePhase.Upload);
    }

    [Fact]
    public void Failure_ListsTheHealthErrorFromItsCreation_UntilTheRetryAndTheRecoveryPointClearIt()
    {
        var script = new MigrationItemScript(s_clock, Item()).Upload(5, 10, 2).Fail("1018", "Encountered an error while trying to fetch change blocks", 3, resyncRequired: true)
            .Upload(0, 100, 3).RecoveryPoint();

        var failed = script.At(s_clock.At(3));
        var resyncing = script.At(s_clock.At(6));
        var recovered = script.At(s_clock.At(9));

        failed.HealthErrors.ShouldHaveSingleItem().ShouldBe(("1018", "Encountered an error while trying to fetch change blocks", s_clock.At(2.5)));
        (failed.GatewayState, failed.ResyncRequired).ShouldBe((null, true));
        script.PhaseAt(s_clock.At(3)).ShouldBe(CyclePhase.Failed);
        (resyncing.HealthErrors.Count, resyncing.ResyncRequired, resyncing.GatewayState).ShouldBe((0, true, MigrationItemScript.Uploading));
        (recovered.LastRecoveryPointId, recovered.LastRecoveryPointReceived, recovered.ResyncRequired, recovered.GatewayState).ShouldBe(("rp-2", s_clock.At(8.5), false, null));
        script.PhaseAt(s_clock.At(9)).ShouldBeNull();
    }

    [Fact]
    public void Disposal_ShowsTheDisposalStateForItsBeats_ThenTheRecoveryPoint()
    {
        var script = new MigrationItemScript(s_clock, Item()).Dispose(5).RecoveryPoint();

        script.At(s_clock.At(5)).GatewayState.ShouldBe(MigrationItemScript.DisposingArtefacts);
        script.PhaseAt(s_clock.At(5)).ShouldBe(CyclePhase.DisposeArtefacts);
        script.At(s_clock.At(6)).LastRecoveryPointId.ShouldBe("rp-2");
    }

    [Fact]
    public void ThenHealthy_RecoveryPointsKeepComing_OneCycleEverySevenBeats()
    {
        var script = new MigrationItemScript(s_clock, Item()).ThenHealthy();

        var points = Enumerable.Range(0, 30).Select(beat => script.At(s_clock.At(beat)).LastRecoveryPointId).Distinct().ToList();

        points.ShouldBe(["rp-1", "rp-2", "rp-3", "rp-4", "rp-5"]);
        script.At(s_clock.At(5)).LastRecoveryPointReceived.ShouldBe(s_clock.At(4.5));
    }

    private static MigrationItemJson Item() => new("item-sql01", "sql01") { LastRecoveryPointReceived = s_start.AddHours(-1) };
}

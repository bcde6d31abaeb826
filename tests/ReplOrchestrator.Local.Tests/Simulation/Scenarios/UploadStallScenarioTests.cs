namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class UploadStallScenarioTests
{
    private static readonly ProbeKind[] s_applianceProbes =
        [ProbeKind.GatewayService, ProbeKind.StorageWrite, ProbeKind.ServiceBus, ProbeKind.KeyVaultTcp, ProbeKind.EsxiDns, ProbeKind.EsxiTcp902];

    [Fact]
    public async Task DiskUploadStalls_AtAboutSixPercentForLongerThanTheStallTimeout_ThenResumesAndTheCycleCompletes()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.UploadStall, vms: 3);

        await harness.BeatAsync(30);

        var cycle = harness.SubjectCycles()[0];
        cycle.Select(c => c.Cycle.Phase).Distinct().ShouldBe([CyclePhase.Snapshot, CyclePhase.Upload, CyclePhase.DisposeArtefacts, CyclePhase.Completed]);

        var disk = cycle.Where(c => c.Cycle.Phase == CyclePhase.Upload)
            .Select(c => (c.SentAt, c.Cycle.Disks.Single(d => d.DiskId == "disk-0"))).ToList();
        disk.Select(d => d.Item2.UploadedBytes).ShouldBeInOrder();
        var stalled = disk.GroupBy(d => d.Item2.UploadedBytes).Where(g => g.Count() > 1).ShouldHaveSingleItem();
        var stallSeen = stalled.Max(d => d.SentAt) - stalled.Min(d => d.SentAt);
        stallSeen.ShouldBeGreaterThan(harness.Fleet.Spec.Timings.UploadStallTimeout);
        ((double)stalled.Key / disk[0].Item2.TotalBytes).ShouldBeInRange(0.055, 0.065);
        disk.TakeWhile(d => d.Item2.UploadedBytes < stalled.Key).Count().ShouldBeGreaterThanOrEqualTo(2, "the disk is seen moving before it stops");
        disk[^1].Item2.UploadedBytes.ShouldBeGreaterThan(stalled.Key, "the upload resumes");
        cycle[^1].Cycle.Disks.ShouldAllBe(d => d.UploadedBytes == d.TotalBytes);
        cycle[^1].Cycle.Error.ShouldBeNull();
    }

    [Fact]
    public async Task RunProbes_DuringTheStall_AnsweredOnceInTheNextHeartbeat_StorageWriteTimedOutAndTheRestPass()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.UploadStall, vms: 2);
        var (appliance, vm) = harness.Subject;
        await harness.BeatAsync(6);

        await harness.RunProbesAsync("cmd-7", s_applianceProbes);
        await harness.BeatAsync(2);

        var heartbeats = harness.Api.HeartbeatsOf(appliance);
        var answer = heartbeats.Where(h => h.ProbeResults.Count > 0).ShouldHaveSingleItem();
        answer.Sequence.ShouldBe(heartbeats[6].Sequence + 1, "results ride the heartbeat after the one whose answer brought the command");
        answer.ProbeResults.Select(r => r.Probe).ShouldBe(s_applianceProbes);
        answer.ProbeResults.ShouldAllBe(r => r.CommandId == "cmd-7");

        var storage = answer.ProbeResults.Single(r => r.Probe == ProbeKind.StorageWrite);
        (storage.Ok, storage.Detail, storage.LatencyMs).ShouldBe((false, "connection timed out", 0L));
        storage.Target!.ShouldMatch(@"^migratelsa\d{10}\.blob\.core\.windows\.net:443$");
        answer.ProbeResults.Where(r => r.Probe != ProbeKind.StorageWrite).ShouldAllBe(r => r.Ok && r.LatencyMs > 0);
        answer.ProbeResults.Single(r => r.Probe == ProbeKind.EsxiTcp902).Target.ShouldBe($"{vm.Host}:902");
        answer.ProbeResults.Single(r => r.Probe == ProbeKind.KeyVaultTcp).Target!.ShouldMatch(@"^migratekv\d{10}\.vault\.azure\.net:443$");

        harness.Observer.Of<CommandReceived>().ShouldHaveSingleItem().Command.CommandId.ShouldBe("cmd-7");
        harness.Observer.Of<CommandAnswered>().ShouldHaveSingleItem().Summary.ShouldBe("StorageWrite failed (connection timed out); 5 passed");
    }

    [Fact]
    public async Task RunProbes_AfterTheStallEnded_AllPass()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.UploadStall, vms: 1);
        await harness.BeatAsync(25);

        var results = await harness.RunProbesAsync("cmd-8", s_applianceProbes);

        results.Count.ShouldBe(6);
        results.ShouldAllBe(r => r.Ok);
    }
}

namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class DisposeHangScenarioTests
{
    [Fact]
    public async Task DisposeArtefacts_RunsLongerThanItsTimeout_ThenTheCycleCompletes_AndServiceBusFailsMeanwhile()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.DisposeHang, vms: 2);
        await harness.BeatAsync(8);

        var results = await harness.RunProbesAsync("cmd-1", ProbeKind.GatewayService, ProbeKind.StorageWrite, ProbeKind.ServiceBus, ProbeKind.KeyVaultTcp);
        await harness.BeatAsync(18);

        var first = harness.SubjectCycles()[0];
        var disposing = first.Where(c => c.Cycle.Phase == CyclePhase.DisposeArtefacts).ToList();
        (disposing[^1].SentAt - disposing[0].SentAt).ShouldBeGreaterThan(harness.Fleet.Spec.Timings.DisposeArtefactsTimeout);
        disposing.ShouldAllBe(c => c.Cycle.Disks.All(d => d.UploadedBytes == d.TotalBytes));
        first[^1].Cycle.Phase.ShouldBe(CyclePhase.Completed);

        results.Where(r => !r.Ok).Select(r => (r.Probe, r.Detail)).ShouldBe([(ProbeKind.ServiceBus, "connection timed out")]);
        results.Single(r => r.Probe == ProbeKind.ServiceBus).Target!.ShouldMatch(@"^migratelsa\d{10}\.servicebus\.windows\.net:443$");
        results.Single(r => r.Probe == ProbeKind.GatewayService).ShouldSatisfyAllConditions(r => r.Target.ShouldBe("asrgwy"), r => r.Detail.ShouldBe("Running"));
    }
}

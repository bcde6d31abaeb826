using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class HostConnectionRefusedScenarioTests
{
    [Fact]
    public async Task Cycle_FailsWith1022NamingTheVmsEsxiHost_AndTheNextCycleCompletes()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.HostConnectionRefused, vms: 3);
        var vm = harness.Subject.Vm;

        await harness.BeatAsync(25);

        var cycles = harness.SubjectCycles();
        var failed = cycles[0][^1].Cycle;
        failed.Phase.ShouldBe(CyclePhase.Failed);
        failed.Error.ShouldBe(new CycleError("1022", $"The Azure Migrate appliance is unable to connect to the vSphere host '{vm.Host}'"));
        vm.Host.ShouldMatch(@"^esx\d\d\.contoso\.local$");
        failed.Disks.ShouldAllBe(d => d.UploadedBytes == 0);
        ErrorClassifier.Classify(ApplianceKind.AzureMigrateVMware, failed.Error!).Entry.Code.ShouldBe(CatalogCodes.HostConnectionRefused);
        cycles[1][^1].Cycle.Phase.ShouldBe(CyclePhase.Completed);
    }

    [Fact]
    public async Task RunProbes_AfterTheFailure_EsxiDnsPasses_EsxiTcp902IsRefused()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.HostConnectionRefused, vms: 3);
        var vm = harness.Subject.Vm;
        await harness.BeatAsync(4);

        var results = await harness.RunProbesAsync("cmd-3", ProbeKind.EsxiDns, ProbeKind.EsxiTcp902);

        results.Select(r => (r.Probe, r.Target, r.Ok, r.Detail)).ShouldBe(
        [
            (ProbeKind.EsxiDns, vm.Host, true, null),
            (ProbeKind.EsxiTcp902, vm.Host + ":902", false, "connection refused"),
        ]);
    }
}

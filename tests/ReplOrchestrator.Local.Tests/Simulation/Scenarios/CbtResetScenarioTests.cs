using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class CbtResetScenarioTests
{
    [Fact]
    public async Task Cycle_FailsFetchingChangeBlocks_ThenTheRepairedNextCycleCompletes()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.CbtReset, vms: 2);

        await harness.BeatAsync(14);

        var cycles = harness.SubjectCycles();
        var failed = cycles[0][^1].Cycle;
        failed.Phase.ShouldBe(CyclePhase.Failed);
        failed.Error!.Message.ShouldBe("Encountered an error while trying to fetch change blocks");
        ErrorClassifier.Classify(ApplianceKind.AzureMigrateVMware, failed.Error).Entry.Code.ShouldBe(CatalogCodes.FetchChangedBlocksFailed);
        var repaired = cycles[1].Select(c => c.Cycle).ToList();
        (repaired[0].StartedAt - failed.StartedAt).ShouldBeLessThan(harness.Interval * 6, "the repair runs at once, not after the usual gap");
        repaired[^1].Phase.ShouldBe(CyclePhase.Completed);
        repaired[^1].Error.ShouldBeNull();
    }

    [Fact]
    public async Task RunProbes_AfterTheCbtFailure_AllPass_BecauseConnectivityIsFine()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.CbtReset, vms: 1);
        await harness.BeatAsync(3);

        var results = await harness.RunProbesAsync("cmd-4", ProbeKind.GatewayService, ProbeKind.StorageWrite, ProbeKind.EsxiTcp902);

        results.Select(r => r.Ok).ShouldBe([true, true, true]);
    }
}

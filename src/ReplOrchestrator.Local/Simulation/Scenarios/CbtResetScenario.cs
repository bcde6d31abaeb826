using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// Changed block tracking reset: the cycle fails with "Encountered an error while trying to fetch change
/// blocks". Automatic repair runs the next cycle two beats later, and it succeeds. Connectivity is fine
/// throughout, so every probe passes.
/// </summary>
internal sealed class CbtResetScenario() : Scenario(
    ScenarioNames.CbtReset,
    ScenarioPlacement.AzureMigrateVm,
    "A cycle fails with \"Encountered an error while trying to fetch change blocks\"; the repaired next cycle succeeds.")
{
    private const int RepairBeats = 2;

    public override VmScript PlanVm(ScenarioContext context)
    {
        var error = new CycleError(SeedMessages.FetchChangedBlocksCode, SeedMessages.FetchChangeBlocks);
        var failing = context.Cycles.FailingAtUpload(context.Clock.At(0.5), error);
        return new VmScript
        {
            Cycles = [failing],
            HealthyFrom = failing.EndsAt + context.Clock.Beats(RepairBeats),
        };
    }
}

using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>Cycles that go right, again and again; every VM without another scenario plays it.</summary>
internal sealed class HealthyScenario() : Scenario(
    ScenarioNames.Healthy,
    ScenarioPlacement.AnyVm,
    "Delta cycles that snapshot, upload with steady progress, dispose of artefacts and complete, again and again "
        + "(Hyper-V Replica: a send per interval that completes).")
{
    public override VmScript PlanVm(ScenarioContext context) => VmScript.Healthy;
}

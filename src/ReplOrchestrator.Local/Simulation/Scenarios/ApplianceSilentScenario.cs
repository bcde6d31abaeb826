using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// The appliance goes down after two heartbeats and sends nothing for twice the heartbeat timeout, then
/// comes back. Its VMs start their cycles when it is back, so the outage is about the appliance alone.
/// </summary>
internal sealed class ApplianceSilentScenario() : Scenario(
    ScenarioNames.ApplianceSilent,
    ScenarioPlacement.WholeAzureMigrateAppliance,
    "The appliance sends nothing for twice the heartbeat timeout, then comes back; its VMs start cycling once it is back.")
{
    private const double SilentFromBeat = 1.5;

    public override IReadOnlyList<SilenceWindow> PlanSilences(BeatClock clock, SimulationTimings timings) =>
        [Window(clock, timings)];

    public override VmScript PlanVm(ScenarioContext context) =>
        new() { HealthyFrom = Window(context.Clock, context.Timings).Until };

    private static SilenceWindow Window(BeatClock clock, SimulationTimings timings) =>
        new(clock.At(SilentFromBeat), clock.At(SilentFromBeat + clock.Overrun(timings.HeartbeatTimeout)));
}

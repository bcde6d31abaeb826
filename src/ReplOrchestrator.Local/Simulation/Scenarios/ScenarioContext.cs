using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>What a scenario plans one VM with.</summary>
/// <param name="Timings">The durations the scenario's overruns are measured against.</param>
/// <param name="Appliance">The appliance that reports the VM.</param>
/// <param name="Cycles">The VM's cycle factory, which also knows the clock and the VM.</param>
internal sealed record ScenarioContext(SimulationTimings Timings, ApplianceProfile Appliance, CycleFactory Cycles)
{
    /// <summary>The fleet's beat clock.</summary>
    public BeatClock Clock => Cycles.Clock;

    /// <summary>The VM being planned.</summary>
    public VmIdentity Vm => Cycles.Vm;
}

using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// One situation from the seed documents, played by a VM (or a whole appliance) over simulated time.
/// </summary>
/// <remarks>
/// Every duration is a number of heartbeat beats or an overrun of a configured threshold (see
/// <see cref="BeatClock.Overrun"/>), so compressing <see cref="SimulationTimings"/> compresses the
/// scenario with it. The first happening of each scenario falls in the first few beats.
/// </remarks>
/// <param name="name">The name <c>--scenario</c> takes, for example <c>upload-stall</c>.</param>
/// <param name="placement">Where in the fleet the scenario plays.</param>
/// <param name="description">What happens, in a sentence or two for people.</param>
internal abstract class Scenario(string name, ScenarioPlacement placement, string description)
{
    /// <summary>The name <c>--scenario</c> takes, for example <c>upload-stall</c>.</summary>
    public string Name => name;

    /// <summary>What happens, in a sentence or two for people.</summary>
    public string Description => description;

    /// <summary>Where in the fleet the scenario plays.</summary>
    public ScenarioPlacement Placement => placement;

    /// <summary>
    /// The script of one VM the scenario plays on: the VM it was placed on, or for a whole-appliance
    /// scenario each VM of the appliance.
    /// </summary>
    public abstract VmScript PlanVm(ScenarioContext context);

    /// <summary>When the appliance the scenario plays on sends nothing.</summary>
    public virtual IReadOnlyList<SilenceWindow> PlanSilences(BeatClock clock, SimulationTimings timings) => [];
}

using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>One appliance of a fleet layout: its role and the scenarios its VMs play.</summary>
/// <param name="Role">What the appliance is for.</param>
/// <param name="ApplianceScenario">The whole-appliance scenario it plays, if any; every VM of it follows that scenario.</param>
/// <param name="VmScenarios">Scenarios by VM position; VMs not listed are healthy.</param>
internal sealed record ApplianceSlot(ApplianceRole Role, Scenario? ApplianceScenario, IReadOnlyDictionary<int, Scenario> VmScenarios)
{
    /// <summary>The scenario the VM at <paramref name="index"/> plays.</summary>
    public Scenario ScenarioOf(int index) =>
        VmScenarios.GetValueOrDefault(index) ?? ApplianceScenario ?? ScenarioCatalog.Healthy;
}

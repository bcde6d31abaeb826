using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// Decides which appliance plays which scenario. Azure Migrate VM scenarios go round-robin over the
/// Azure Migrate appliances, one VM each; a whole-appliance scenario gets an appliance of its own, so
/// its silence hides no other scenario; Hyper-V scenarios go to the primary or replica host. Spare
/// appliances are healthy Azure Migrate appliances.
/// </summary>
/// <remarks>
/// Appliance order is fixed: Azure Migrate appliances, dedicated ones, the primary, the replica; so the
/// first configured credentials always go to the Azure Migrate appliances.
/// </remarks>
internal static class FleetLayout
{
    /// <summary>Lays out <paramref name="scenarios"/> on a fleet, or says why they do not fit.</summary>
    /// <returns>The slots, one per appliance, or null with <paramref name="problem"/> set.</returns>
    public static IReadOnlyList<ApplianceSlot>? Plan(int appliances, int vmsPerAppliance, IReadOnlyList<Scenario> scenarios, out string? problem)
    {
        List<Scenario> Placed(ScenarioPlacement placement) => [.. scenarios.Where(s => s.Placement == placement)];
        var vmScenarios = Placed(ScenarioPlacement.AzureMigrateVm);
        var dedicated = Placed(ScenarioPlacement.WholeAzureMigrateAppliance);
        var primary = Placed(ScenarioPlacement.HyperVPrimaryVm);
        var replica = Placed(ScenarioPlacement.HyperVReplicaVm);

        var special = dedicated.Count + (primary.Count > 0 ? 1 : 0) + (replica.Count > 0 ? 1 : 0);
        var general = appliances - special;
        var neededGeneral = vmScenarios.Count > 0 || special == 0 ? 1 : 0;
        problem = general < neededGeneral
            ? $"The scenarios need {special + neededGeneral} appliances ({Needs(neededGeneral, dedicated, primary, replica)}) but the fleet has {appliances}."
            : TooFewVms(vmScenarios.Count, Math.Max(general, 1), vmsPerAppliance, "Azure Migrate VM scenarios")
                ?? TooFewVms(primary.Count, 1, vmsPerAppliance, "scenarios on the Hyper-V primary host")
                ?? TooFewVms(replica.Count, 1, vmsPerAppliance, "scenarios on the Hyper-V replica host");
        if (problem is not null)
        {
            return null;
        }

        var slots = Enumerable.Range(0, general)
            .Select(i => new ApplianceSlot(ApplianceRole.AzureMigrate, null,
                vmScenarios.Select((s, k) => (s, k)).Where(p => p.k % general == i).ToDictionary(p => p.k / general, p => p.s)))
            .ToList();
        slots.AddRange(dedicated.Select(s => new ApplianceSlot(ApplianceRole.DedicatedAzureMigrate, s, new Dictionary<int, Scenario>())));
        if (primary.Count > 0)
        {
            slots.Add(new ApplianceSlot(ApplianceRole.HyperVPrimary, null, InOrder(primary)));
        }

        if (replica.Count > 0)
        {
            slots.Add(new ApplianceSlot(ApplianceRole.HyperVReplica, null, InOrder(replica)));
        }

        return slots;
    }

    private static Dictionary<int, Scenario> InOrder(List<Scenario> scenarios) =>
        scenarios.Select((s, i) => (s, i)).ToDictionary(p => p.i, p => p.s);

    private static string? TooFewVms(int scenarios, int appliances, int vmsPerAppliance, string what)
    {
        var needed = (scenarios + appliances - 1) / appliances;
        return needed <= vmsPerAppliance
            ? null
            : $"{scenarios} {what} need {needed} VMs per appliance on {appliances} appliance(s) but the fleet has {vmsPerAppliance}.";
    }

    private static string Needs(int general, List<Scenario> dedicated, List<Scenario> primary, List<Scenario> replica)
    {
        var parts = new List<string>();
        if (general > 0)
        {
            parts.Add("an Azure Migrate appliance");
        }

        parts.AddRange(dedicated.Select(s => $"one of its own for {s.Name}"));
        if (primary.Count > 0)
        {
            parts.Add("a Hyper-V primary host");
        }

        if (replica.Count > 0)
        {
            parts.Add("a Hyper-V replica host");
        }

        return string.Join(", ", parts);
    }
}

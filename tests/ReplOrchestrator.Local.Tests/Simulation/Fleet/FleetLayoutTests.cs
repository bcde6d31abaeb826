using ReplOrchestrator.Local.Simulation.Fleet;

namespace ReplOrchestrator.Local.Tests.Simulation.Fleet;

public sealed class FleetLayoutTests
{
    [Fact]
    public void Plan_EveryScenario_GivesDedicatedAppliancesTheirOwnSlot_AndSpreadsVmScenariosRoundRobin()
    {
        var slots = FleetLayout.Plan(5, 3, Scenarios(
            ScenarioNames.UploadStall, ScenarioNames.DisposeHang, ScenarioNames.HostConnectionRefused, ScenarioNames.CbtReset,
            ScenarioNames.ApplianceSilent, ScenarioNames.HyperVSuspendedAtShutdown, ScenarioNames.HyperVReplicaBackup), out var problem)!;

        problem.ShouldBeNull();
        slots.Select(s => s.Role).ShouldBe(
            [ApplianceRole.AzureMigrate, ApplianceRole.AzureMigrate, ApplianceRole.DedicatedAzureMigrate, ApplianceRole.HyperVPrimary, ApplianceRole.HyperVReplica]);
        Names(slots[0]).ShouldBe([ScenarioNames.UploadStall, ScenarioNames.HostConnectionRefused, ScenarioNames.Healthy]);
        Names(slots[1]).ShouldBe([ScenarioNames.DisposeHang, ScenarioNames.CbtReset, ScenarioNames.Healthy]);
        Names(slots[2]).ShouldBe([ScenarioNames.ApplianceSilent, ScenarioNames.ApplianceSilent, ScenarioNames.ApplianceSilent]);
        Names(slots[3]).ShouldBe([ScenarioNames.HyperVSuspendedAtShutdown, ScenarioNames.Healthy, ScenarioNames.Healthy]);
        Names(slots[4]).ShouldBe([ScenarioNames.HyperVReplicaBackup, ScenarioNames.Healthy, ScenarioNames.Healthy]);
    }

    [Fact]
    public void Plan_OnlyHyperVScenarios_NeedNoAzureMigrateAppliance()
    {
        var slots = FleetLayout.Plan(1, 2, Scenarios(ScenarioNames.HyperVSuspendedAtShutdown), out _)!;

        slots.ShouldHaveSingleItem().Role.ShouldBe(ApplianceRole.HyperVPrimary);
    }

    [Fact]
    public void Plan_HealthyByName_ChangesNothing()
    {
        var slots = FleetLayout.Plan(1, 2, Scenarios(ScenarioNames.Healthy, ScenarioNames.Healthy), out _)!;

        Names(slots.ShouldHaveSingleItem()).ShouldAllBe(n => n == ScenarioNames.Healthy);
    }

    [Theory]
    [InlineData(1, 5, "The scenarios need 2 appliances (an Azure Migrate appliance, one of its own for appliance-silent) but the fleet has 1.",
        ScenarioNames.UploadStall, ScenarioNames.ApplianceSilent)]
    [InlineData(2, 5, "The scenarios need 3 appliances (one of its own for appliance-silent, a Hyper-V primary host, a Hyper-V replica host) but the fleet has 2.",
        ScenarioNames.HyperVSuspendedAtShutdown, ScenarioNames.HyperVReplicaBackup, ScenarioNames.ApplianceSilent)]
    [InlineData(2, 1, "3 Azure Migrate VM scenarios need 2 VMs per appliance on 2 appliance(s) but the fleet has 1.",
        ScenarioNames.UploadStall, ScenarioNames.CbtReset, ScenarioNames.DisposeHang)]
    [InlineData(1, 1, "2 scenarios on the Hyper-V primary host need 2 VMs per appliance on 1 appliance(s) but the fleet has 1.",
        ScenarioNames.HyperVSuspendedAtShutdown, ScenarioNames.HyperVSuspendedAtShutdown)]
    public void Plan_ScenariosThatDoNotFit_SayWhatTheyNeed(int appliances, int vms, string expected, params string[] names)
    {
        FleetLayout.Plan(appliances, vms, Scenarios(names), out var problem).ShouldBeNull();

        problem.ShouldBe(expected);
    }

    private static List<Scenario> Scenarios(params string[] names) => [.. names.Select(n => ScenarioCatalog.Find(n)!)];

    private static List<string> Names(ApplianceSlot slot) => [.. Enumerable.Range(0, 3).Select(i => slot.ScenarioOf(i).Name)];
}

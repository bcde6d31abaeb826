namespace ReplOrchestrator.Local.Tests.Simulation;

public sealed class SimulatedFleetTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_TheSameSpecAndStart_MakesTheSameFleetAndReports()
    {
        var spec = new FleetSpec { Appliances = 4, VmsPerAppliance = 6, Scenarios = [.. ScenarioCatalog.All.Select(s => s.Name)] };

        var first = Reports(SimulatedFleet.Create(spec, SimulationHarness.Credentials(4), s_start));
        var second = Reports(SimulatedFleet.Create(spec, SimulationHarness.Credentials(4), s_start));
        var otherSeed = Reports(SimulatedFleet.Create(spec with { Seed = 2 }, SimulationHarness.Credentials(4), s_start));

        second.ShouldBe(first);
        otherSeed.ShouldNotBe(first);
    }

    [Fact]
    public void Create_NamesVmsUniquelyAcrossTheFleet_WithRealisticDisksAndHosts()
    {
        var fleet = SimulatedFleet.Create(new FleetSpec { Appliances = 3, VmsPerAppliance = 40 }, SimulationHarness.Credentials(3), s_start);

        var vms = fleet.Appliances.SelectMany(a => a.Vms.Select(vm => vm.Identity)).ToList();
        vms.Select(vm => vm.Name).ShouldBeUnique();
        vms.ShouldAllBe(vm => vm.VmId == "vm-" + vm.Name && vm.Disks.Count >= 1 && vm.Disks.Count <= 3);
        vms.SelectMany(vm => vm.Disks).ShouldAllBe(d => d.SizeBytes >= (40L << 30) && d.SizeBytes <= (1024L << 30));
        fleet.Appliances.Select(a => a.Profile.Hosts).SelectMany(h => h).ShouldBeUnique();
        fleet.Appliances.Select(a => a.Profile.Endpoints[0].Host).ShouldBeUnique();
    }

    [Fact]
    public void Problems_TooFewCredentials_SaysHowManyAndHowToConfigureThem()
    {
        var problem = SimulatedFleet.Problems(new FleetSpec { Appliances = 3 }, credentialCount: 1).ShouldHaveSingleItem();

        problem.ShouldBe("The fleet needs 3 appliance credential(s) but Repl:Appliances has 1; configure one per appliance as "
            + "Repl__Appliances__<n>__Id and Repl__Appliances__<n>__Key, as for the server.");
        Should.Throw<ArgumentException>(() => SimulatedFleet.Create(new FleetSpec { Appliances = 3 }, SimulationHarness.Credentials(1), s_start));
    }

    [Fact]
    public void Snapshot_ShowsEachVmsScenarioStateAndCycle_ForALiveTable()
    {
        var spec = new FleetSpec { Appliances = 3, VmsPerAppliance = 2, Scenarios = [ScenarioNames.UploadStall, ScenarioNames.ApplianceSilent, ScenarioNames.HyperVSuspendedAtShutdown] };
        var fleet = SimulatedFleet.Create(spec, SimulationHarness.Credentials(3), s_start);

        var snapshot = fleet.Snapshot(fleet.Clock.At(4));

        snapshot.Count.ShouldBe(6);
        var stalled = snapshot.Single(s => s.Scenario == ScenarioNames.UploadStall);
        (stalled.ApplianceId, stalled.Kind, stalled.Cycle!.Phase, stalled.ApplianceSilent).ShouldBe(("appl-01", ApplianceKind.AzureMigrateVMware, CyclePhase.Upload, false));
        stalled.UploadPercent.ShouldNotBeNull().ShouldBeInRange(1, 99);
        snapshot.Where(s => s.Scenario == ScenarioNames.ApplianceSilent).ShouldAllBe(s => s.ApplianceSilent && s.Cycle == null);
        snapshot.Single(s => s.Scenario == ScenarioNames.HyperVSuspendedAtShutdown).Kind.ShouldBe(ApplianceKind.HyperVReplica);
        fleet.Snapshot(fleet.Clock.At(7)).Single(s => s.Scenario == ScenarioNames.HyperVSuspendedAtShutdown).State.ShouldBe(ReplicationState.Suspended);
    }

    private static List<string> Reports(SimulatedFleet fleet) =>
    [
        .. Enumerable.Range(0, 30).SelectMany(beat => fleet.Appliances.SelectMany(a => a.Vms.Select(vm =>
            Domain.Contracts.ContractJson.Serialize(vm.ReportAt(fleet.Clock.At(beat)))))),
    ];
}

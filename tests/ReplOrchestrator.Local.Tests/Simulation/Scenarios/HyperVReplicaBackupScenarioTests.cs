using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class HyperVReplicaBackupScenarioTests
{
    [Fact]
    public async Task BackupOnTheReplicaHost_Logs32546_19050_32032_33680PerApply_WhileReplicationStaysReplicating()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.HyperVReplicaBackup, vms: 2);
        var (appliance, vm) = harness.Subject;

        await harness.BeatAsync(12);

        vm.Host.ShouldBe("hvr01.contoso.local");
        var events = harness.Api.HeartbeatsOf(appliance).SelectMany(h => h.Events).ToList();
        events.Select(e => e.EventId).ShouldBe([32546, 19050, 32032, 33680, 32546, 19050, 32032, 33680, 32546, 19050, 32032, 33680]);
        events.Select(e => e.TimeCreated).ShouldBeInOrder();
        events.ShouldAllBe(e => e.Source == "Microsoft-Windows-Hyper-V-VMMS" && e.Level == ReplicationEventLevel.Error && e.VmId == vm.VmId);
        var state = $"{vm.Name} failed to perform the operation. The virtual machine is not in a valid state to perform the operation. (Virtual machine ID {vm.VmId})";
        events.Take(4).Select(e => e.Message).ShouldBe(
        [
            state,
            state,
            $"Hyper-V failed to complete apply for {vm.Name}: Operation aborted (0x80004004). (Virtual machine ID {vm.VmId})",
            $"Replication operation for virtual machine {vm.Name} failed. (Virtual machine ID {vm.VmId}) (Primary server: 'hv01.contoso.local', Replica server: 'hvr01.contoso.local')",
        ]);

        harness.ReportsOf(appliance, vm.VmId).ShouldAllBe(r => r.Vm.Replication.State == ReplicationState.Replicating);
        var situation = HyperVEventCorrelator.Correlate(events, ReplicationState.Replicating).Situations.ShouldHaveSingleItem();
        (situation.Entry.Code, situation.Release).ShouldBe((CatalogCodes.HyperVReplicaBackupConflict, WindowsServerRelease.WindowsServer2012R2));
    }

    [Fact]
    public async Task ReplicaHost_IsTheOnlyHostOfItsVms_SoAHostSilenceCoversThemAll()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec
        {
            Appliances = 3, VmsPerAppliance = 3, Scenarios = [ScenarioNames.HyperVReplicaBackup, ScenarioNames.HyperVSuspendedAtShutdown],
        });

        await harness.BeatAsync(1);

        harness.Api.HeartbeatsOf("appl-03").Single().Vms.ShouldAllBe(v => v.Host == "hvr01.contoso.local");
        harness.Api.HeartbeatsOf("appl-02").Single().Vms.ShouldAllBe(v => v.Host == "hv01.contoso.local");
    }
}

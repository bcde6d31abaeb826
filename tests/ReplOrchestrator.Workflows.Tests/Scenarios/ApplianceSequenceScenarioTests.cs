using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// How an appliance's heartbeats are ordered when its count cannot be trusted: no heartbeat may make the
/// monitor ignore the ones after it, and an agent that starts counting again is heard, down to its VMs.
/// </summary>
public sealed class ApplianceSequenceScenarioTests
{
    [Fact]
    public async Task HeartbeatWithTheLargestSequence_DoesNotSilenceTheAppliance()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01");
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(10));

        await harness.SendAsync(appliance.Heartbeat(harness.Now) with { Sequence = long.MaxValue });
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        vm.State = ReplicationState.Error;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(30));

        harness.Published.For(CatalogCodes.ApplianceHeartbeatLost).ShouldBeEmpty("the appliance never stopped sending");
        var status = await harness.ApplianceAsync(appliance.Id);
        (status!.Connection, status.LastSequence).ShouldBe((ApplianceConnection.Connected, appliance.Sequence));
        (await harness.VmAsync(appliance.Id, vm.VmId))!.ReplicationState.ShouldBe(ReplicationState.Error, "the VM monitor takes what follows too");
    }

    [Theory]
    [InlineData("6f1c2b9e-0d4a-4c55-9f0e-3b7d1a2c4e58")]
    [InlineData(null)] // an agent that sends no epoch: its first heartbeat after the reinstall is sent after the last one taken
    public async Task ReinstalledAgent_CountingFromOneAgain_IsHeardAtOnce(string? epoch)
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01");
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(30));

        appliance.Reinstall(epoch);
        vm.State = ReplicationState.Paused;
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var status = await harness.ApplianceAsync(appliance.Id);
        (status!.LastSequence, status.Order!.Epoch).ShouldBe((1L, epoch));
        (await harness.VmAsync(appliance.Id, vm.VmId))!.ReplicationState.ShouldBe(ReplicationState.Paused);
    }

    [Fact]
    public async Task LateHeartbeatOfTheRunBeforeAReinstall_ChangesNothing()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01");
        appliance.Reinstall("run-1");
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(10));
        var late = appliance.Heartbeat(harness.Now.AddMinutes(-1));

        appliance.Reinstall("run-2");
        vm.State = ReplicationState.Paused;
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.SendAsync(late);

        var status = await harness.ApplianceAsync(appliance.Id);
        (status!.Order!.Epoch, status.LastSequence).ShouldBe(("run-2", 1L));
        (await harness.VmAsync(appliance.Id, vm.VmId))!.ReplicationState.ShouldBe(ReplicationState.Paused);
    }

    [Fact]
    public async Task MonitorsKeptBeforeEpochs_GoOnFromTheirLastSequence()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01");
        while (appliance.Sequence < 1042)
        {
            appliance.Heartbeat(harness.Now);
        }

        // The states a monitor of the previous release left behind: a last sequence, no order.
        await harness.Client.StartIfAbsentAsync(WorkflowNames.ApplianceMonitor, InstanceIds.Appliance(appliance.Id), new ApplianceMonitorState(appliance.Id)
        {
            Kind = ApplianceKind.AzureMigrateVMware, LastSequence = 1042, LastHeartbeatAt = harness.Now, MonitoredSince = harness.Now.AddDays(-1), Vms = [vm.VmId],
        });
        await harness.Client.StartIfAbsentAsync(WorkflowNames.VmMonitor, InstanceIds.Vm(appliance.Id, vm.VmId),
            new VmMonitorState(appliance.Id, vm.VmId, ApplianceKind.AzureMigrateVMware) { LastSequence = 1042, State = ReplicationState.Replicating });
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));

        vm.State = ReplicationState.Paused;
        await harness.SendAsync(appliance.Repeat() with { SentAt = harness.Now });
        (await harness.VmAsync(appliance.Id, vm.VmId))!.ReplicationState.ShouldBe(ReplicationState.Replicating, "1042 again is a repeat");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        (await harness.ApplianceAsync(appliance.Id))!.Order!.Taken.ShouldBe(1043);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.ReplicationState.ShouldBe(ReplicationState.Paused);
    }
}

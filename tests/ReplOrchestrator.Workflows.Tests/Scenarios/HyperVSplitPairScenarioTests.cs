using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>The suspension at shutdown when its two events arrive with two heartbeats: one alert for one situation.</summary>
public sealed class HyperVSplitPairScenarioTests
{
    [Fact]
    public async Task SuspendedAtShutdown_32022Then32086InTheNextHeartbeat_LeavesOnlyTheSuspensionOpen()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        appliance.Event(32022, vm.VmId, harness.Now, "Hyper-V could not replicate changes for virtual machine 'sql01': The operation has been canceled (0x80004004).");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        vm.State = ReplicationState.Suspended;
        appliance.Event(32086, vm.VmId, harness.Now, "Hyper-V suspended replication for virtual machine 'sql01' due to a non-recoverable failure.");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(5));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended))!.Status.ShouldBe(AlertStatus.Firing);
        var cancelled = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationCancelled);
        cancelled!.Status.ShouldBe(AlertStatus.Resolved, "the 32022 is half of the suspension, which its own alert carries");
        (await harness.VmAsync(appliance.Id, vm.VmId))!.OpenAlerts.ShouldNotContain(CatalogCodes.HyperVReplicationCancelled);
    }
}

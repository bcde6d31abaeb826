using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Appliances;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>The appliance itself: silence, its gateway service, and what that does to its VMs' alerts.</summary>
public sealed class ApplianceScenarioTests
{
    [Fact]
    public async Task ApplianceGoesSilent_RaisesOneApplianceAlert_HoldsBackItsVmsAlerts_AndResolvesOnTheNextHeartbeat()
    {
        await using var harness = WorkflowHarness.Create();
        harness.CloudProbe.Fail(ProbeKind.CloudStorageTcp, "TCP connect to migratelsa1329610309.blob.core.windows.net:443 timed out");
        var appliance = TestAppliance.AzureMigrate();
        var stuck = appliance.AddVm("vm-sql01").StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        appliance.AddVm("vm-app02");
        appliance.AddVm("vm-web03");
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));

        // Silence: no heartbeat for an hour, while one VM's upload is stuck.
        await harness.AdvanceAsync(TimeSpan.FromHours(1));

        var lost = await harness.AlertAsync(appliance.Id, null, CatalogCodes.ApplianceHeartbeatLost);
        lost!.Status.ShouldBe(AlertStatus.Firing);
        lost.VmId.ShouldBeNull();
        lost.Summary.ShouldContain("3 VM(s)");
        lost.ProbeResults.ShouldContain(r => r.Probe == ProbeKind.ApplianceHeartbeat && !r.Ok);
        lost.ProbeResults.ShouldContain(r => r.Probe == ProbeKind.CloudStorageTcp && !r.Ok);
        harness.Published.For(CatalogCodes.ApplianceHeartbeatLost).Count(a => a.Status == AlertStatus.Firing).ShouldBeGreaterThanOrEqualTo(1);
        (await harness.AlertAsync(appliance.Id, stuck.VmId, CatalogCodes.DiskUploadTimedOut))!.Status.ShouldBe(AlertStatus.Firing);
        harness.Published.All.Where(a => a.VmId != null).ShouldBeEmpty("VM alerts are held back while the appliance is lost");
        (await harness.ApplianceAsync(appliance.Id))!.Connection.ShouldBe(ApplianceConnection.HeartbeatLost);

        stuck.Complete();
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(3));

        lost = await harness.AlertAsync(appliance.Id, null, CatalogCodes.ApplianceHeartbeatLost);
        lost!.Status.ShouldBe(AlertStatus.Resolved);
        lost.Summary.ShouldContain("heartbeats resumed after");
        harness.Published.For(CatalogCodes.ApplianceHeartbeatLost).Last().Status.ShouldBe(AlertStatus.Resolved);
        (await harness.ApplianceAsync(appliance.Id))!.Connection.ShouldBe(ApplianceConnection.Connected);
    }

    [Fact]
    public async Task VaultWatchedThroughArmGoesUnread_RaisesArmVaultNotRead_NotApplianceHeartbeatLost_AndResolvesOnTheNextPoll()
    {
        await using var harness = WorkflowHarness.Create();
        var vault = TestAppliance.AzureMigrate("arm-vault-contoso");
        var stuck = vault.AddVm("vm-sql01").StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        await harness.HeartbeatsForAsync(vault, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));

        await harness.AdvanceAsync(TimeSpan.FromHours(1));

        (await harness.AlertAsync(vault.Id, null, CatalogCodes.ApplianceHeartbeatLost)).ShouldBeNull();
        var unread = await harness.AlertAsync(vault.Id, null, CatalogCodes.ArmVaultNotRead);
        unread!.Status.ShouldBe(AlertStatus.Firing);
        unread.Summary.ShouldStartWith("Vault vault-contoso not read for ");
        unread.ProbeResults.ShouldBeEmpty("nothing can be probed about reads of Azure Resource Manager");
        harness.Published.All.Where(a => a.VmId != null).ShouldBeEmpty("the vault's VM alerts are held back while it is not read");

        stuck.Complete();
        await harness.SendAsync(vault.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(3));

        unread = await harness.AlertAsync(vault.Id, null, CatalogCodes.ArmVaultNotRead);
        unread!.Status.ShouldBe(AlertStatus.Resolved);
        unread.Summary.ShouldContain("the vault is read again after");
        (await harness.ApplianceAsync(vault.Id))!.OpenAlerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task GatewayServiceStopped_RaisesApplianceAlert_AndResolvesWhenItRunsAgain()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        appliance.AddVm("vm-sql01");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        appliance.Services[0] = new ServiceStatus(ServiceStatus.Gateway, ServiceState.Stopped);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1));

        var alert = await harness.AlertAsync(appliance.Id, null, CatalogCodes.GatewayServiceStopped);
        alert!.Status.ShouldBe(AlertStatus.Firing);
        alert.Summary.ShouldContain("asrgwy");
        alert.RecommendedActions.ShouldContain(a => a.Contains("Net Start asrgwy", StringComparison.Ordinal));

        appliance.Services[0] = new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(1));
        (await harness.AlertAsync(appliance.Id, null, CatalogCodes.GatewayServiceStopped))!.Status.ShouldBe(AlertStatus.Resolved);
    }
}

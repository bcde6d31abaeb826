using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Appliances;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Appliances;

/// <summary>The appliance's own alerts, against a 15 min heartbeat timeout and Microsoft's 90 min cycle reset.</summary>
public sealed class ApplianceAlertsTests
{
    private static readonly AlertKey s_heartbeatLost = AlertKey.Create(ApplianceId, null, CatalogCodes.ApplianceHeartbeatLost);

    [Theory]
    [InlineData(true, "No heartbeat for 15 min (last at 2026-11-22 03:45:00Z); the 2 VM(s) it reports for are not monitored meanwhile")]
    [InlineData(false, "No heartbeat for 15 min (none received yet); the 2 VM(s) it reports for are not monitored meanwhile")]
    public void HeartbeatLost_Deadline_FiresAnApplianceLevelAlertSayingWhatIsNotWatched(bool heardBefore, string summary)
    {
        var state = Appliance() with { LastHeartbeatAt = heardBefore ? T0.AddMinutes(-15) : null };

        var delivery = ApplianceAlerts.HeartbeatLost(state, T0, Options, "sig-1", [], []);

        (delivery.Key, delivery.Signal.Kind, delivery.Signal.SignalId, delivery.Signal.At, delivery.Signal.HostName)
            .ShouldBe((s_heartbeatLost, AlertSignalKind.Fire, "sig-1", T0, (string?)null));
        (delivery.Signal.Alert!.VmId, delivery.Signal.Alert.Summary).ShouldBe(((string?)null, summary + " and their alerts are held back."));
    }

    [Theory]
    [InlineData(20 * 60, "heartbeats resumed after 20 min")]
    [InlineData(90 * 60, "heartbeats resumed after 1 h 30 min")] // the documented 90 minutes themselves: no reset yet
    [InlineData((90 * 60) + 1, "heartbeats resumed after 1 h 30 min; cycles that were running restart from 0 % (outage over the documented 90 minutes)")]
    public void HeartbeatBack_AfterAnOutage_ResolvesSayingWhetherRunningCyclesRestart(int outageSeconds, string reason)
    {
        var delivery = ApplianceAlerts.HeartbeatBack(Appliance(), T0, T0.AddSeconds(outageSeconds), Options, "sig-2");

        delivery.ShouldBe(new AlertDelivery(s_heartbeatLost, AlertSignal.Resolve("sig-2", T0.AddSeconds(outageSeconds), reason)));
    }

    public static TheoryData<ApplianceKind, string, ServiceState, string[], string[], string[]> ServiceCases() => new()
    {
        // kind, service, its state, open before, signalled (+fire, -resolve), open after
        { ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.Stopped, [], ["+GatewayServiceStopped"], ["GatewayServiceStopped"] },
        { ApplianceKind.AzureMigrateVMware, "ASRGWY", ServiceState.NotFound, [], ["+GatewayServiceStopped"], ["GatewayServiceStopped"] },
        { ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.Stopped, ["GatewayServiceStopped"], [], ["GatewayServiceStopped"] },
        { ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.StartPending, ["GatewayServiceStopped"], ["-GatewayServiceStopped"], [] },
        { ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.Running, ["ApplianceHeartbeatLost", "GatewayServiceStopped"], ["-GatewayServiceStopped"], ["ApplianceHeartbeatLost"] },
        { ApplianceKind.AzureMigrateVMware, "vmms", ServiceState.Stopped, [], [], [] }, // not a service Azure Migrate replication needs
        { ApplianceKind.HyperVReplica, "vmms", ServiceState.Paused, [], ["+VmmsServiceStopped"], ["VmmsServiceStopped"] },
        { ApplianceKind.HyperVReplica, "vmms", ServiceState.ContinuePending, [], [], [] },
        { ApplianceKind.AzureMigrateVMware, "arm-vault", ServiceState.Stopped, [], ["+ArmVaultUnreadable"], ["ArmVaultUnreadable"] },
        { ApplianceKind.AzureMigrateVMware, "arm-vault", ServiceState.NotFound, ["ArmVaultUnreadable"], [], ["ArmVaultUnreadable"] },
        { ApplianceKind.AzureMigrateVMware, "arm-vault", ServiceState.Running, ["ArmVaultUnreadable"], ["-ArmVaultUnreadable"], [] },
    };

    [Theory]
    [MemberData(nameof(ServiceCases))]
    public void Services_ReportedStates_FireOrResolveTheServiceAlertsOnceEach(
        ApplianceKind kind, string service, ServiceState serviceState, string[] openBefore, string[] signalled, string[] openAfter)
    {
        var state = Appliance() with { Kind = kind, Services = [new ServiceStatus(service, serviceState)], OpenAlerts = openBefore };
        var deliveries = new List<AlertDelivery>();

        var open = ApplianceAlerts.Services(state, kind, T0, SignalIds(), deliveries);

        deliveries.Select(d => (d.Signal.Kind == AlertSignalKind.Fire ? "+" : "-") + d.Key.Code).ShouldBe(signalled);
        deliveries.ShouldAllBe(d => d.Key.VmId == null && d.Key.ApplianceId == ApplianceId && d.Signal.At == T0);
        open.ShouldBe(openAfter);
    }

    [Fact]
    public void Services_SameStoppedServiceInEveryHeartbeat_FiresOnlyTheFirstTime()
    {
        var state = Appliance() with { Services = [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Stopped)] };
        var deliveries = new List<AlertDelivery>();

        var open = ApplianceAlerts.Services(state, ApplianceKind.AzureMigrateVMware, T0, SignalIds(), deliveries);
        ApplianceAlerts.Services(state with { OpenAlerts = open }, ApplianceKind.AzureMigrateVMware, T0.AddMinutes(5), SignalIds(), deliveries);

        deliveries.ShouldHaveSingleItem().Signal.Alert!.Summary.ShouldBe("the asrgwy service is Stopped");
    }

    [Theory]
    [InlineData(ServiceState.Stopped, "cannot read vault vault-contoso: grant the app Reader on it")]
    [InlineData(ServiceState.NotFound, "vault vault-contoso no longer exists (Azure Resource Manager answered 404): its VMs are not watched")]
    public void Services_VaultReadFails_SaysWhatToDoAboutTheVault(ServiceState read, string summary)
    {
        var state = new ApplianceMonitorState("arm-vault-contoso") { Kind = ApplianceKind.AzureMigrateVMware, Services = [new ServiceStatus(ServiceStatus.ArmVault, read)] };
        var deliveries = new List<AlertDelivery>();

        ApplianceAlerts.Services(state, ApplianceKind.AzureMigrateVMware, T0, SignalIds(), deliveries);

        deliveries.ShouldHaveSingleItem().Signal.Alert!.Summary.ShouldBe(summary);
    }

    [Fact]
    public void HeartbeatLost_OfAVaultWatchedThroughArm_SaysTheVaultWasNotRead_NotThatAnApplianceIsDown()
    {
        var vault = new ApplianceMonitorState("arm-vault-contoso") { Kind = ApplianceKind.AzureMigrateVMware, Vms = [VmId], LastHeartbeatAt = T0.AddMinutes(-15) };

        var alert = ApplianceAlerts.HeartbeatLost(vault, T0, Options, "sig-1", [], []).Signal.Alert!;

        alert.Code.ShouldBe(CatalogCodes.ArmVaultNotRead);
        alert.Summary.ShouldBe("Vault vault-contoso not read for 15 min (last read at 2026-11-22 03:45:00Z); the 1 VM(s) in it are not watched meanwhile and their alerts are held back.");
        alert.RecommendedActions.ShouldNotContain(a => a.Contains("appliance is powered on", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CatalogCodes.ArmVaultNotRead)]
    [InlineData(CatalogCodes.ApplianceHeartbeatLost)] // raised before vaults had a code of their own: still the one resolved
    public void HeartbeatBack_OfAVault_ResolvesTheCodeThatWasRaised_WithoutClaimingCyclesRestart(string raised)
    {
        var vault = new ApplianceMonitorState("arm-vault-contoso") { Kind = ApplianceKind.AzureMigrateVMware, OpenAlerts = [raised] };

        var delivery = ApplianceAlerts.HeartbeatBack(vault, T0, T0.AddHours(3), Options, "sig-2");

        delivery.Key.ShouldBe(AlertKey.Create("arm-vault-contoso", null, raised));
        delivery.Signal.Reason.ShouldBe(raised == CatalogCodes.ArmVaultNotRead ? "the vault is read again after 3 h" : "heartbeats resumed after 3 h; cycles that were running restart from 0 % (outage over the documented 90 minutes)");
    }

    private static ApplianceMonitorState Appliance() => new(ApplianceId) { Kind = ApplianceKind.AzureMigrateVMware, Vms = ["vm-app01", VmId] };
}

using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>Alerts reaching people: grouping, timing, durable delivery through outages, resolutions, silences and escalation.</summary>
public sealed class NotificationScenarioTests
{
    private const string Host = "esx07.contoso.local";

    [Fact]
    public async Task TwelveVmsOnAClosedHost_AreToldInOneNotification()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var appliance = TestAppliance.AzureMigrate();
        var vms = Enumerable.Range(1, 12).Select(i => appliance.AddVm($"vm-app{i:00}", host: Host).StartCycle("c-1", harness.Now, phase: CyclePhase.Upload)).ToList();
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vms.ForEach(RefuseConnections);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(2));

        var firing = harness.Notifications.Delivered.Where(d => d.Kind == NotificationKind.Firing).ToList();
        firing.Count.ShouldBe(1);
        firing[0].TargetId.ShouldBe("teams:0");
        firing[0].Group.Alerts.Select(a => a.Alert.VmId).ShouldBe(vms.Select(v => v.VmId), ignoreOrder: true);
        firing[0].Group.Alerts.ShouldAllBe(a => a.Alert.Code == CatalogCodes.HostConnectionRefused && a.Labels.Host == Host);
        var group = (await harness.NotificationGroupsAsync()).Single();
        group.Receiver.ShouldBe("oncall");
        group.Alerts.Count.ShouldBe(12);
        group.Deliveries.Single().State.ShouldBe(DeliveryState.Delivered);
    }

    [Fact]
    public async Task ATenMinuteOutage_EndsWithTheNotificationDeliveredOnce()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = await UploadingAsync(harness);
        harness.Notifications.Outage = new DeliveryResult.Failed("HTTP 503 from the webhook", Permanent: false);

        RefuseConnections(vm);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(11));

        harness.Notifications.Delivered.ShouldBeEmpty();
        var pending = (await harness.NotificationGroupsAsync()).Single().Deliveries.Single();
        pending.State.ShouldBe(DeliveryState.Pending);
        pending.LastError.ShouldBe("HTTP 503 from the webhook");
        pending.Attempts.ShouldBeGreaterThan(4);

        harness.Notifications.Outage = null;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(6));

        harness.Notifications.Delivered.Count(d => d.Kind == NotificationKind.Firing).ShouldBe(1);
        var delivered = (await harness.NotificationGroupsAsync()).Single().Deliveries.Single();
        delivered.State.ShouldBe(DeliveryState.Delivered);
        delivered.Attempts.ShouldBe(pending.Attempts + 1);
    }

    [Fact]
    public async Task AThrottlingWebhook_IsRetriedWhenItSays()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = await UploadingAsync(harness);
        harness.Notifications.Answer(new DeliveryResult.RetryAfter(TimeSpan.FromSeconds(120)));

        RefuseConnections(vm);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10));

        var attempts = harness.Notifications.Attempts.ToList();
        attempts.Count.ShouldBe(2);
        (attempts[1].At - attempts[0].At).ShouldBeInRange(TimeSpan.FromSeconds(120), TimeSpan.FromSeconds(130));
        attempts[1].Result.ShouldBeOfType<DeliveryResult.Delivered>();
    }

    [Fact]
    public async Task ARefusingTarget_IsShownFailed_AndNotRetried()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = await UploadingAsync(harness);
        harness.Notifications.Outage = new DeliveryResult.Failed("HTTP 404: the workflow does not exist", Permanent: true);

        RefuseConnections(vm);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(30));

        harness.Notifications.Attempts.Count.ShouldBe(1);
        var failed = (await harness.NotificationGroupsAsync()).Single().Deliveries.Single();
        failed.State.ShouldBe(DeliveryState.Failed);
        failed.LastError.ShouldBe("HTTP 404: the workflow does not exist");
    }

    [Fact]
    public async Task TheResolution_IsToldInTheFiringNotificationsThread()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = await UploadingAsync(harness);
        RefuseConnections(vm);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(2));

        vm.StartCycle("c-2", harness.Now, phase: CyclePhase.Upload);
        vm.Complete();
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(8));

        var told = harness.Notifications.Delivered.Where(d => d.Group.Alerts.Any(a => a.Alert.Code == CatalogCodes.HostConnectionRefused)).ToList();
        told.Select(d => d.Kind).ShouldBe([NotificationKind.Firing, NotificationKind.Resolved]);
        told[1].Thread.ShouldBe(new NotificationThread(told[0].Thread.EpisodeId, 1));
        told[1].Group.Alerts.Single().Alert.Status.ShouldBe(AlertStatus.Resolved);
    }

    [Fact]
    public async Task ASilencedAlert_TellsNobody()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = await UploadingAsync(harness);
        await harness.AddSilenceAsync(new Silence { Id = "s-1", Scope = SilenceScope.Host(Host), StartsAt = harness.Now, EndsAt = harness.Now + TimeSpan.FromHours(2), Comment = "esx07 maintenance" });

        RefuseConnections(vm);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(10));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HostConnectionRefused))!.Status.ShouldBe(AlertStatus.Firing);
        harness.Notifications.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public async Task AWarningStillFiring_IsReroutedAsCritical()
    {
        var policy = NotificationPolicy.Create(Options() with
        {
            EscalateWarningAfter = TimeSpan.FromHours(1),
            Route = Options().Route! with { Routes = [new RouteOptions { Matchers = ["severity=Critical"], Receiver = "pager" }] },
            Receivers = [.. Options().Receivers, Receiver("pager")],
        });
        await using var harness = WorkflowHarness.Create(notifications: policy);
        var (appliance, vm) = await UploadingAsync(harness);

        vm.Fail("99999", "The flux capacitor is misaligned");
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5));
        harness.Notifications.Delivered.Select(d => d.Receiver).ShouldBe(["oncall"]);
        harness.Notifications.Delivered[0].Group.Alerts.Single().Labels.Severity.ShouldBe(nameof(AlertSeverity.Warning));

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(60));

        var escalated = harness.Notifications.Delivered.Where(d => d.Receiver == "pager").ToList();
        escalated.Count.ShouldBe(1);
        var alert = escalated[0].Group.Alerts.Single();
        alert.Labels.Severity.ShouldBe(nameof(AlertSeverity.Critical));
        alert.IsEscalated.ShouldBeTrue();
        alert.Alert.Severity.ShouldBe(AlertSeverity.Warning);
    }

    private static async Task<(TestAppliance Appliance, TestVm Vm)> UploadingAsync(WorkflowHarness harness)
    {
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01", host: Host).StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        return (appliance, vm);
    }

    private static void RefuseConnections(TestVm vm) => vm.Fail("1022", $"The Azure Migrate appliance is unable to connect to the vSphere host '{Host}'");

    private static NotificationOptions Options() => new()
    {
        Route = new RouteOptions { Receiver = "oncall", GroupWait = TimeSpan.FromSeconds(30), GroupInterval = TimeSpan.FromMinutes(5), RepeatInterval = TimeSpan.FromHours(4) },
        Receivers = [Receiver("oncall")],
    };

    private static ReceiverOptions Receiver(string name) =>
        new() { Name = name, Teams = [new TeamsTargetOptions { WebhookUrl = $"https://prod-01.westeurope.logic.azure.com/workflows/{name}/triggers/manual/paths/invoke?sig=secret" }] };

    private static NotificationPolicy Policy() => NotificationPolicy.Create(Options());
}

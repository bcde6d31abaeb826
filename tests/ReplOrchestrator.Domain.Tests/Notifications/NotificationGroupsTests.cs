using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TestAlerts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class NotificationGroupsTests
{
    private static readonly NotificationPolicy s_policy = NotificationPolicy.Create(TestSettings.Valid());

    [Fact]
    public void Of_ApplianceOutageHitting40Vms_IsOneGroupOf40()
    {
        var alerts = Enumerable.Range(1, 40).Select(i => new NotificationCandidate(Fire(CatalogCodes.DiskUploadTimedOut, vmId: $"vm-{i:00}"), "esx01"));

        var group = NotificationGroups.Of(s_policy, alerts, Epoch).ShouldHaveSingleItem();

        group.Key.ShouldBe("oncall|Route:Routes:0|applianceId=appl-01,code=DiskUploadTimedOut");
        group.Receiver.ShouldBe("oncall");
        group.Alerts.Count.ShouldBe(40);
        group.Alerts[0].Alert.VmId.ShouldBe("vm-01");
        group.Alerts[^1].Alert.VmId.ShouldBe("vm-40");
        group.HasNotification.ShouldBeTrue();
    }

    [Fact]
    public void Of_HostWithPort902ClosedFor12Vms_IsOneGroupPerHost()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with
        {
            Route = new RouteOptions
            {
                Receiver = "ops",
                Routes = [new RouteOptions { Receiver = "oncall", Matchers = ["code=HostConnectionRefused"], GroupBy = ["host", "code"] }],
            },
        });
        var alerts = Enumerable.Range(1, 12)
            .Select(i => new NotificationCandidate(Fire(CatalogCodes.HostConnectionRefused, applianceId: i % 2 == 0 ? "appl-01" : "appl-02", vmId: $"vm-{i}"), "esx07.contoso.local"))
            .Append(new NotificationCandidate(Fire(CatalogCodes.HostConnectionRefused, vmId: "vm-99"), "esx08.contoso.local"));

        var groups = NotificationGroups.Of(policy, alerts, Epoch);

        groups.Select(g => (g.Key, g.Alerts.Count)).ShouldBe(
        [
            ("oncall|Route:Routes:0|code=HostConnectionRefused,host=esx07.contoso.local", 12),
            ("oncall|Route:Routes:0|code=HostConnectionRefused,host=esx08.contoso.local", 1),
        ]);
    }

    [Fact]
    public void Of_DifferentAppliancesOrCodes_AreSeparateGroups_OrderedByKey()
    {
        var alerts = new[]
        {
            new NotificationCandidate(Fire(CatalogCodes.DiskUploadTimedOut, applianceId: "appl-02"), null),
            new NotificationCandidate(Fire(CatalogCodes.DiskUploadTimedOut), null),
            new NotificationCandidate(Fire(CatalogCodes.HostConnectionRefused), null),
        };

        NotificationGroups.Of(s_policy, alerts, Epoch).Select(g => g.Key).ShouldBe(
        [
            "oncall|Route:Routes:0|applianceId=appl-01,code=DiskUploadTimedOut",
            "oncall|Route:Routes:0|applianceId=appl-01,code=HostConnectionRefused",
            "oncall|Route:Routes:0|applianceId=appl-02,code=DiskUploadTimedOut",
        ]);
    }

    [Fact]
    public void Of_ContinueRoute_PutsTheAlertInEachReceiversGroup()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with
        {
            Route = new RouteOptions
            {
                Receiver = "ops",
                Routes =
                [
                    new RouteOptions { Receiver = "oncall", Matchers = ["severity=Critical"], Continue = true },
                    new RouteOptions { Receiver = "ops", Matchers = ["code=~Disk.*"], GroupBy = ["applianceId"] },
                ],
            },
        });

        var groups = NotificationGroups.Of(policy, [new NotificationCandidate(Fire(CatalogCodes.DiskUploadTimedOut), null)], Epoch);

        groups.Select(g => g.Key).ShouldBe(
        [
            "oncall|Route:Routes:0|applianceId=appl-01,code=DiskUploadTimedOut",
            "ops|Route:Routes:1|applianceId=appl-01",
        ]);
    }

    [Fact]
    public void Of_SameAlertTwice_CountsOnceAsItsLatestVersion()
    {
        var first = Fire(CatalogCodes.DiskUploadTimedOut);
        var later = AlertBuilder.Refire(first, Fire(CatalogCodes.DiskUploadTimedOut, at: Epoch.AddMinutes(5)));

        var group = NotificationGroups.Of(s_policy, [new(later, null), new(first, null)], Epoch.AddMinutes(5)).ShouldHaveSingleItem();

        group.Alerts.ShouldHaveSingleItem().Alert.ShouldBe(later);
    }

    [Fact]
    public void Of_OnlyResolvedAlerts_NotifyOnlyReceiversThatWantThem()
    {
        var resolved = Resolve(Fire(CatalogCodes.DiskUploadTimedOut), Epoch.AddMinutes(10));
        var quiet = TestSettings.Valid() with
        {
            Receivers = [TestSettings.Teams("ops"), new ReceiverOptions { Name = "oncall", SendResolved = false, Email = [TestSettings.Email()] }],
        };

        var wanted = NotificationGroups.Of(s_policy, [new(resolved, null)], Epoch.AddMinutes(10)).ShouldHaveSingleItem();
        var unwanted = NotificationGroups.Of(NotificationPolicy.Create(quiet), [new(resolved, null)], Epoch.AddMinutes(10)).ShouldHaveSingleItem();

        (wanted.SendResolved, wanted.HasNotification, wanted.Resolved.Count(), wanted.Firing.Count()).ShouldBe((true, true, 1, 0));
        (unwanted.SendResolved, unwanted.HasNotification).ShouldBe((false, false));
        unwanted.Alerts.ShouldHaveSingleItem().Labels.Status.ShouldBe("resolved");
    }

    [Fact]
    public void Of_EscalatedWarning_JoinsTheCriticalRouteAndSaysSo()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with { EscalateWarningAfter = TimeSpan.FromMinutes(30) });
        var warning = Fire(CatalogCodes.DiskUploadTimedOut, severity: AlertSeverity.Warning);

        var early = NotificationGroups.Of(policy, [new(warning, "esx01")], Epoch.AddMinutes(29)).ShouldHaveSingleItem();
        var late = NotificationGroups.Of(policy, [new(warning, "esx01")], Epoch.AddMinutes(30)).ShouldHaveSingleItem();

        (early.Receiver, early.Alerts[0].IsEscalated).ShouldBe(("ops", false));
        (late.Receiver, late.Alerts[0].IsEscalated, late.Alerts[0].Labels.Host).ShouldBe(("oncall", true, "esx01"));
        late.Alerts[0].Alert.Severity.ShouldBe(AlertSeverity.Warning);
    }

    [Fact]
    public void Of_WithoutNotifications_IsEmpty() =>
        NotificationGroups.Of(NotificationPolicy.None, [new(Fire(CatalogCodes.DiskUploadTimedOut), null)], Epoch).ShouldBeEmpty();
}

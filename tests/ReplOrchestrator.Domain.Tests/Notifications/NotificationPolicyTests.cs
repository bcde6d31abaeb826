using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TestAlerts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class NotificationPolicyTests
{
    // Route: ops
    //   0 severity=Critical → oncall, continue
    //       0 code=~Disk.* → storage
    //   1 product=HyperVReplica → hyperv
    //   2 applianceId=lab-01 → lab
    private static readonly NotificationPolicy s_policy = NotificationPolicy.Create(new NotificationOptions
    {
        Route = new RouteOptions
        {
            Receiver = "ops",
            Routes =
            [
                new RouteOptions
                {
                    Receiver = "oncall", Matchers = ["severity=Critical"], Continue = true,
                    Routes = [new RouteOptions { Receiver = "storage", Matchers = ["code=~Disk.*"] }],
                },
                new RouteOptions { Receiver = "hyperv", Matchers = ["product=HyperVReplica"] },
                new RouteOptions { Receiver = "lab", Matchers = ["applianceId=lab-01"] },
            ],
        },
        Receivers = [.. new[] { "ops", "oncall", "storage", "hyperv", "lab" }.Select(name => TestSettings.Teams(name))],
    });

    [Theory]
    [InlineData("Critical", CatalogCodes.DiskUploadTimedOut, "AzureMigrate", "appl-01", "storage")] // nested child wins over its parent
    [InlineData("Critical", CatalogCodes.HostConnectionRefused, "AzureMigrate", "appl-01", "oncall")] // no child matches: the parent takes it
    [InlineData("Critical", CatalogCodes.HyperVReplicationSuspended, "HyperVReplica", "appl-01", "oncall,hyperv")] // continue: the next sibling too
    [InlineData("Critical", CatalogCodes.HyperVReplicationSuspended, "HyperVReplica", "lab-01", "oncall,hyperv")] // hyperv does not continue: lab is not tried
    [InlineData("Warning", CatalogCodes.DiskUploadTimedOut, "AzureMigrate", "lab-01", "lab")]
    [InlineData("Warning", CatalogCodes.DiskUploadTimedOut, "AzureMigrate", "appl-01", "ops")] // nothing matches: the root receiver
    [InlineData("Info", CatalogCodes.DiskUploadTimedOut, "", "appl-01", "ops")]
    public void Route_Table(string severity, string code, string product, string applianceId, string receivers) =>
        string.Join(",", s_policy.Route(Labels(severity, code, product, applianceId)).Select(m => m.Receiver)).ShouldBe(receivers);

    [Fact]
    public void Route_Match_CarriesGroupKeyTimingAndPath()
    {
        var match = s_policy.Route(Labels(code: CatalogCodes.DiskUploadTimedOut)).ShouldHaveSingleItem();

        match.Receiver.ShouldBe("storage");
        match.RoutePath.ShouldBe("Route:Routes:0:Routes:0");
        match.GroupKey.ShouldBe("storage|Route:Routes:0:Routes:0|applianceId=appl-01,code=DiskUploadTimedOut");
        match.GroupLabels.ShouldBe([KeyValuePair.Create("applianceId", "appl-01"), KeyValuePair.Create("code", "DiskUploadTimedOut")]);
        match.Timing.ShouldBe(new NotificationTiming(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Create_Children_InheritReceiverGroupingAndTiming_UnlessTheySetThem()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with
        {
            Route = new RouteOptions
            {
                Receiver = "ops", GroupBy = ["code", "host"], GroupWait = TimeSpan.FromSeconds(10),
                Routes =
                [
                    new RouteOptions
                    {
                        Matchers = ["severity=Critical"], RepeatInterval = TimeSpan.FromHours(1),
                        Routes = [new RouteOptions { Matchers = ["code=HostConnectionRefused"], Receiver = "oncall", GroupBy = ["vmId"] }],
                    },
                ],
            },
        });
        var child = policy.Root!.Routes[0];
        var grandchild = child.Routes[0];

        (child.Receiver, child.Timing).ShouldBe(("ops", new NotificationTiming(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromHours(1))));
        child.GroupBy.ShouldBe(["code", "host"]);
        (grandchild.Receiver, grandchild.Timing).ShouldBe(("oncall", child.Timing));
        grandchild.GroupBy.ShouldBe(["vmId"]);
        policy.Root.GroupBy.ShouldBe(["code", "host"]);
    }

    [Fact]
    public void Create_RootWithoutGroupBy_GroupsByApplianceAndCode() =>
        NotificationPolicy.Create(TestSettings.Valid()).Root!.GroupBy.ShouldBe(["applianceId", "code"]);

    [Fact]
    public void Route_GroupKey_ListsLabelsByName_WithEmptyForMissing()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with { Route = new RouteOptions { Receiver = "ops", GroupBy = ["vmId", "code", "host"] } });

        policy.Route(Labels(vmId: "", host: "")).ShouldHaveSingleItem().GroupKey.ShouldBe("ops|Route|code=DiskUploadTimedOut,host=,vmId=");
    }

    [Fact]
    public void Route_WithoutNotifications_HasNoReceiver()
    {
        NotificationPolicy.None.IsEnabled.ShouldBeFalse();
        NotificationPolicy.None.Route(Labels()).ShouldBeEmpty();
        NotificationPolicy.None.Receivers.ShouldBeEmpty();
        NotificationPolicy.None.ToString().ShouldBe("No notifications");
    }

    [Fact]
    public void Route_Alert_UsesItsLabelsAndHost()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with
        {
            Route = new RouteOptions { Receiver = "ops", Routes = [new RouteOptions { Receiver = "oncall", Matchers = ["host=~esx0[1-3]\\..*", "vmId!~test-.*"] }] },
        });

        policy.Route(Fire(CatalogCodes.HostConnectionRefused), "esx02.contoso.local", Epoch).ShouldHaveSingleItem().Receiver.ShouldBe("oncall");
        policy.Route(Fire(CatalogCodes.HostConnectionRefused, vmId: "test-7"), "esx02.contoso.local", Epoch).ShouldHaveSingleItem().Receiver.ShouldBe("ops");
        policy.Route(Fire(CatalogCodes.HostConnectionRefused), null, Epoch).ShouldHaveSingleItem().Receiver.ShouldBe("ops");
    }

    [Fact]
    public void Route_WarningStillFiringPastTheEscalationTime_IsRoutedAsCritical()
    {
        var policy = NotificationPolicy.Create(TestSettings.Valid() with { EscalateWarningAfter = TimeSpan.FromHours(1) });
        var warning = Fire(CatalogCodes.DiskUploadTimedOut, severity: AlertSeverity.Warning);

        policy.Route(warning, null, Epoch.AddMinutes(59)).ShouldHaveSingleItem().Receiver.ShouldBe("ops");
        policy.Route(warning, null, Epoch.AddHours(1)).ShouldHaveSingleItem().Receiver.ShouldBe("oncall");
        policy.Labels(warning, null, Epoch.AddHours(1)).Severity.ShouldBe("Critical");
    }

    [Fact]
    public void Create_Invalid_ThrowsNamingEveryProblem()
    {
        var error = Should.Throw<ArgumentException>(() => NotificationPolicy.Create(TestSettings.Valid() with { Route = null, Receivers = [] }));

        error.Message.ShouldStartWith("NotificationOptions is invalid: Repl:Notifications:Route:Receiver is required");
    }

    [Fact]
    public void Receiver_ByName_OrThrows()
    {
        s_policy.Receiver("lab").Name.ShouldBe("lab");
        Should.Throw<KeyNotFoundException>(() => s_policy.Receiver("nobody"));
    }
}

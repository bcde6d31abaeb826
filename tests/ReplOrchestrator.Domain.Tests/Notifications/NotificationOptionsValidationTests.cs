using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.Domain.Tests.Notifications.TestSettings;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class NotificationOptionsValidationTests
{
    private const string Root = "Repl:Notifications:Route";

    [Fact]
    public void Validate_ValidTree_HasNoProblems() => Valid().Validate().ShouldBeEmpty();

    [Theory]
    [InlineData("https://func-repl.azurewebsites.net/api/dashboard/", true)]
    [InlineData("http://127.0.0.1:5080/api/dashboard", true)]
    [InlineData("/api/dashboard/", false)]
    [InlineData("ftp://repl.contoso.com/", false)]
    [InlineData("https://repl.contoso.com/api/dashboard/#key=abc", false)]
    public void Validate_DashboardUrl_MustBeAnAbsoluteHttpUrlWithoutAKeyInIt(string url, bool valid) =>
        (Valid() with { DashboardUrl = url }).Validate().Count.ShouldBe(valid ? 0 : 1);

    [Fact]
    public void DashboardVmUrl_PointsAtTheVmPage() =>
        (Valid() with { DashboardUrl = "https://func-repl.azurewebsites.net/api/dashboard/" }).DashboardVmUrl()
            .ShouldBe("https://func-repl.azurewebsites.net/api/dashboard/#vm/{applianceId}/{vmId}");

    [Fact]
    public void Validate_NoRoute_AsksForTheRootReceiver() =>
        (Valid() with { Route = null }).Validate().ShouldBe(
            ["Repl:Notifications:Route:Receiver is required: the root route's receiver gets every alert no other route takes."]);

    [Fact]
    public void Validate_RootWithoutReceiverMatchersOrWithContinue_NamesEach() =>
        (Valid() with { Route = new RouteOptions { Matchers = ["severity=Critical"], Continue = true } }).Validate().ShouldBe(
        [
            $"{Root}:Receiver is required: the root route's receiver gets every alert no other route takes.",
            $"{Root}:Matchers must be empty: the root route takes every alert (put matchers on its Routes).",
            $"{Root}:Continue cannot be set on the root route: it has no siblings.",
        ]);

    [Fact]
    public void Validate_UnknownReceiver_NamesTheRouteAndTheKnownOnes() =>
        WithRoutes(new RouteOptions { Receiver = "pager", Matchers = ["severity=Critical"] }).Validate().ShouldBe(
            [$"{Root}:Routes:0:Receiver 'pager' is not a receiver: name one of Repl:Notifications:Receivers (ops, oncall)."]);

    [Fact]
    public void Validate_UnknownRootReceiver_IsNamed() =>
        (Valid() with { Route = new RouteOptions { Receiver = "nobody" } }).Validate().ShouldHaveSingleItem()
            .ShouldStartWith($"{Root}:Receiver 'nobody' is not a receiver");

    [Fact]
    public void Validate_DuplicateReceiver_PointsAtTheFirst() =>
        WithReceivers(TestSettings.Teams("ops"), TestSettings.Teams("oncall"), TestSettings.Teams("ops")).Validate().ShouldBe(
            ["Repl:Notifications:Receivers:2:Name 'ops' is already the name of Repl:Notifications:Receivers:0."]);

    [Theory]
    [InlineData("", "Repl:Notifications:Receivers:0:Name must not be empty.")]
    [InlineData("on call", "Repl:Notifications:Receivers:0:Name 'on call' may contain only letters, digits, '.', '_' and '-'.")]
    [InlineData("team|a", "Repl:Notifications:Receivers:0:Name 'team|a' may contain only letters, digits, '.', '_' and '-'.")]
    public void Validate_BadReceiverName_SaysWhy(string name, string problem) =>
        WithReceivers(TestSettings.Teams(name)).Validate().ShouldContain(problem);

    [Fact]
    public void Validate_ReceiverWithoutTarget_IsNamed() =>
        WithReceivers(new ReceiverOptions { Name = "ops" }).Validate().ShouldBe(
            ["Repl:Notifications:Receivers:0 has no target: give it Teams:{m}:WebhookUrl or Email:{m} settings."]);

    [Fact]
    public void Validate_BadMatchers_NameTheMatcherPathInNestedRoutes()
    {
        var options = WithRoutes(
            new RouteOptions { Matchers = ["severity=Critical", "sev=Critical"] },
            new RouteOptions
            {
                Matchers = ["code=~Disk.*"],
                Routes = [new RouteOptions(), new RouteOptions { Matchers = ["code=~Disk(", "severity:Critical", "severity=critical"] }],
            });

        var problems = options.Validate();

        problems.Count.ShouldBe(4);
        problems[0].ShouldStartWith($"{Root}:Routes:0:Matchers:1 (\"sev=Critical\") matches on 'sev', which is not a label");
        problems[1].ShouldStartWith($"{Root}:Routes:1:Routes:1:Matchers:0 (\"code=~Disk(\") is not a valid regex: ");
        problems[2].ShouldBe($"{Root}:Routes:1:Routes:1:Matchers:1 (\"severity:Critical\") is not a matcher: write label=value, label!=value, label=~regex or label!~regex.");
        problems[3].ShouldBe(
            $"{Root}:Routes:1:Routes:1:Matchers:2 (\"severity=critical\") 'critical' is never a severity: values are Info, Warning, Critical (case-sensitive).");
    }

    [Fact]
    public void Validate_BadGroupBy_NamesEachEntry() =>
        WithRoutes(new RouteOptions { GroupBy = ["applianceId", "cluster", "applianceId"] }).Validate().ShouldBe(
        [
            $"{Root}:Routes:0:GroupBy:1 'cluster' is not a label: use one of severity, code, product, applianceId, vmId, host, status.",
            $"{Root}:Routes:0:GroupBy:2 'applianceId' is listed twice.",
        ]);

    [Fact]
    public void Validate_IntervalsOutOfRange_NameEachPath()
    {
        var options = Valid() with
        {
            EscalateWarningAfter = TimeSpan.Zero,
            Route = Valid().Route! with
            {
                GroupWait = TimeSpan.FromHours(2),
                Routes = [new RouteOptions { GroupInterval = TimeSpan.Zero, RepeatInterval = TimeSpan.FromDays(8) }],
            },
        };

        options.Validate().ShouldBe(
        [
            "Repl:Notifications:EscalateWarningAfter must be between 00:00:01 and 7.00:00:00 (was 00:00:00).",
            $"{Root}:GroupWait must be between 00:00:00 and 01:00:00 (was 02:00:00).",
            $"{Root}:Routes:0:GroupInterval must be between 00:00:01 and 1.00:00:00 (was 00:00:00).",
            $"{Root}:Routes:0:RepeatInterval must be between 00:00:01 and 7.00:00:00 (was 8.00:00:00).",
        ]);
    }

    [Fact]
    public void Validate_RepeatShorterThanInheritedGroupInterval_IsNamedWhereSetOnly()
    {
        var options = Valid() with
        {
            Route = Valid().Route! with
            {
                GroupInterval = TimeSpan.FromMinutes(10),
                Routes = [new RouteOptions { RepeatInterval = TimeSpan.FromMinutes(5), Routes = [new RouteOptions()] }],
            },
        };

        options.Validate().ShouldBe(
        [
            $"{Root}:Routes:0:RepeatInterval (00:05:00) must not be shorter than GroupInterval (00:10:00): a group still firing is looked at once per group interval.",
        ]);
    }

    [Fact]
    public void Validate_EveryProblem_IsReportedAtOnce()
    {
        var options = new NotificationOptions
        {
            Route = new RouteOptions { Receiver = "pager", Routes = [new RouteOptions { Matchers = ["nope"] }] },
            Receivers = [new ReceiverOptions { Name = "ops" }, TestSettings.Teams("ops", "http://example.com/hook")],
        };

        options.Validate().Count.ShouldBe(5);
    }
}

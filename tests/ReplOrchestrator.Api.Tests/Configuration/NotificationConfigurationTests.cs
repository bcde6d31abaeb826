using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Api.Tests.Configuration;

public sealed class NotificationConfigurationTests
{
    private const string Signature = "S3cr3tSignatureValue";
    private const string Webhook = "https://prod-12.westeurope.logic.azure.com:443/workflows/0a1b/triggers/manual/paths/invoke?api-version=2016-06-01&sig=" + Signature;
    private const string Password = "Pa55-w0rd-Secret";

    // The keys exactly as issue 14's configuration contract and the README list them.
    private static Dictionary<string, string?> IssueKeys() => new()
    {
        ["Repl:Notifications:Route:Receiver"] = "ops",
        ["Repl:Notifications:Route:GroupBy:0"] = "applianceId",
        ["Repl:Notifications:Route:GroupBy:1"] = "code",
        ["Repl:Notifications:Route:GroupWait"] = "00:00:45",
        ["Repl:Notifications:Route:GroupInterval"] = "00:10:00",
        ["Repl:Notifications:Route:RepeatInterval"] = "1.00:00:00",
        ["Repl:Notifications:Route:Routes:0:Matchers:0"] = "severity=Critical",
        ["Repl:Notifications:Route:Routes:0:Matchers:1"] = "applianceId!=lab-01",
        ["Repl:Notifications:Route:Routes:0:Receiver"] = "oncall",
        ["Repl:Notifications:Route:Routes:0:Continue"] = "true",
        ["Repl:Notifications:Route:Routes:0:GroupBy:0"] = "host",
        ["Repl:Notifications:Route:Routes:0:GroupWait"] = "00:00:05",
        ["Repl:Notifications:Route:Routes:0:Routes:0:Matchers:0"] = "code=~Disk.*",
        ["Repl:Notifications:Route:Routes:0:Routes:0:Matchers:1"] = "vmId!~test-.*",
        ["Repl:Notifications:Route:Routes:0:Routes:0:Receiver"] = "storage",
        ["Repl:Notifications:Route:Routes:1:Matchers:0"] = "product=HyperVReplica",
        ["Repl:Notifications:Route:Routes:1:Receiver"] = "hyperv",
        ["Repl:Notifications:Receivers:0:Name"] = "ops",
        ["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = Webhook,
        ["Repl:Notifications:Receivers:1:Name"] = "oncall",
        ["Repl:Notifications:Receivers:1:SendResolved"] = "false",
        ["Repl:Notifications:Receivers:1:Teams:0:WebhookUrl"] = "http://127.0.0.1:5057/hook",
        ["Repl:Notifications:Receivers:1:Email:0:To:0"] = "oncall@contoso.com",
        ["Repl:Notifications:Receivers:1:Email:0:To:1"] = "dba@contoso.com",
        ["Repl:Notifications:Receivers:1:Email:0:From"] = "ReplOrchestrator <repl@contoso.com>",
        ["Repl:Notifications:Receivers:1:Email:0:SmtpHost"] = "smtp.azurecomm.net",
        ["Repl:Notifications:Receivers:1:Email:0:SmtpPort"] = "587",
        ["Repl:Notifications:Receivers:1:Email:0:Security"] = "StartTls",
        ["Repl:Notifications:Receivers:1:Email:0:Username"] = "acs-contoso|app|tenant",
        ["Repl:Notifications:Receivers:1:Email:0:Password"] = Password,
        ["Repl:Notifications:Receivers:2:Name"] = "storage",
        ["Repl:Notifications:Receivers:2:Email:0:To:0"] = "storage@contoso.com",
        ["Repl:Notifications:Receivers:2:Email:0:From"] = "repl@contoso.com",
        ["Repl:Notifications:Receivers:2:Email:0:SmtpHost"] = "localhost",
        ["Repl:Notifications:Receivers:2:Email:0:Security"] = "None",
        ["Repl:Notifications:Receivers:3:Name"] = "hyperv",
        ["Repl:Notifications:Receivers:3:Teams:0:WebhookUrl"] = Webhook,
        ["Repl:Notifications:Receivers:3:Teams:1:WebhookUrl"] = Webhook + "2",
        ["Repl:Notifications:EscalateWarningAfter"] = "02:00:00",
    };

    [Fact]
    public void Notifications_IssueKeys_BindTheWholeTree()
    {
        var policy = ReplConfiguration.Notifications(Configure(IssueKeys()));

        policy.IsEnabled.ShouldBeTrue();
        policy.Escalation.WarningAfter.ShouldBe(TimeSpan.FromHours(2));
        var root = policy.Root!;
        (root.Receiver, root.Timing).ShouldBe(("ops", new NotificationTiming(TimeSpan.FromSeconds(45), TimeSpan.FromMinutes(10), TimeSpan.FromDays(1))));
        root.GroupBy.ShouldBe(["applianceId", "code"]);
        var critical = root.Routes[0];
        critical.Matchers.Select(m => m.ToString()).ShouldBe(["severity=Critical", "applianceId!=lab-01"]);
        (critical.Receiver, critical.Continue, critical.Timing.GroupWait, critical.Timing.RepeatInterval).ShouldBe(("oncall", true, TimeSpan.FromSeconds(5), TimeSpan.FromDays(1)));
        critical.GroupBy.ShouldBe(["host"]);
        critical.Routes[0].Matchers.Select(m => m.Operator).ShouldBe([MatchOperator.MatchesRegex, MatchOperator.DoesNotMatchRegex]);
        critical.Routes[0].Receiver.ShouldBe("storage");
        (root.Routes[1].Receiver, root.Routes[1].Continue).ShouldBe(("hyperv", false));
    }

    [Fact]
    public void Notifications_IssueKeys_BindEveryReceiverField()
    {
        var policy = ReplConfiguration.Notifications(Configure(IssueKeys()));

        policy.Receivers.Select(r => r.Name).ShouldBe(["ops", "oncall", "storage", "hyperv"]);
        policy.Receiver("ops").SendResolved.ShouldBeTrue();
        policy.Receiver("ops").Teams.ShouldHaveSingleItem().WebhookUrl.ShouldBe(Webhook);
        var oncall = policy.Receiver("oncall");
        oncall.SendResolved.ShouldBeFalse();
        var email = oncall.Email.ShouldHaveSingleItem();
        email.To.ShouldBe(["oncall@contoso.com", "dba@contoso.com"]);
        (email.From, email.SmtpHost, email.EffectivePort(), email.Security, email.Username, email.Password).ShouldBe(
            ("ReplOrchestrator <repl@contoso.com>", "smtp.azurecomm.net", 587, SmtpSecurity.StartTls, "acs-contoso|app|tenant", Password));
        (policy.Receiver("storage").Email[0].Security, policy.Receiver("storage").Email[0].EffectivePort()).ShouldBe((SmtpSecurity.None, 25));
        policy.Receiver("hyperv").Teams.Count.ShouldBe(2);
    }

    [Fact]
    public void Notifications_NoSection_IsNoNotifications() =>
        ReplConfiguration.Notifications(Configure(new() { ["Repl:Cycle:SnapshotTimeout"] = "00:10:00" })).ShouldBeSameAs(NotificationPolicy.None);

    [Fact]
    public void Notifications_InvalidTree_FailsNamingEveryPathWithoutSecrets()
    {
        var keys = IssueKeys();
        keys["Repl:Notifications:Route:Routes:0:Receiver"] = "pager";
        keys["Repl:Notifications:Route:Routes:1:Matchers:0"] = "product=VMware";
        keys["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = "http://example.com/hook?sig=" + Signature;
        keys["Repl:Notifications:Receivers:1:Email:0:Security"] = "None";

        var error = Should.Throw<ArgumentException>(() => ReplConfiguration.Notifications(Configure(keys)));

        error.Message.ShouldContain("Repl:Notifications:Route:Routes:0:Receiver 'pager' is not a receiver");
        error.Message.ShouldContain("Repl:Notifications:Route:Routes:1:Matchers:0 (\"product=VMware\") 'VMware' is never a product");
        error.Message.ShouldContain("Repl:Notifications:Receivers:0:Teams:0:WebhookUrl must be an absolute https URL");
        error.Message.ShouldContain("Repl:Notifications:Receivers:1:Email:0:Security None would send the password in clear");
        error.Message.ShouldNotContain(Signature);
        error.Message.ShouldNotContain(Password);
    }

    [Fact]
    public void Notifications_SectionWithoutRoute_AsksForTheRootReceiver() =>
        Should.Throw<ArgumentException>(() => ReplConfiguration.Notifications(Configure(new() { ["Repl:Notifications:EscalateWarningAfter"] = "01:00:00" })))
            .Message.ShouldContain("Repl:Notifications:Route:Receiver is required");

    [Fact]
    public void Notifications_MisspelledKey_FailsNamingIt()
    {
        var keys = IssueKeys();
        keys["Repl:Notifications:Route:Routes:0:Matcher:0"] = "severity=Warning";

        Should.Throw<InvalidOperationException>(() => ReplConfiguration.Notifications(Configure(keys))).Message.ShouldBe(
            "Repl:Notifications: 'ErrorOnUnknownConfiguration' was set on the provided BinderOptions, but the following properties were not found on the instance of ReplOrchestrator.Domain.Notifications.RouteOptions: 'Matcher'");
    }

    [Theory]
    [InlineData("Repl:Notifications:Receivers:1:Email:0:Port", "Port")]
    [InlineData("Repl:Notifications:Receivers:0:Teams:0:RedactedWebhookUrl", "RedactedWebhookUrl")]
    public void Notifications_KeyNamingADerivedValue_FailsRatherThanBeingIgnored(string key, string name)
    {
        var keys = IssueKeys();
        keys[key] = "2525";

        Should.Throw<InvalidOperationException>(() => ReplConfiguration.Notifications(Configure(keys))).Message.ShouldEndWith($"'{name}'");
    }

    [Fact]
    public void Notifications_WebhookUrlWrittenAsTheTargetItself_FailsWithoutShowingIt()
    {
        var keys = IssueKeys();
        keys.Remove("Repl:Notifications:Receivers:0:Teams:0:WebhookUrl");
        keys["Repl:Notifications:Receivers:0:Teams:0"] = Webhook;

        var error = Should.Throw<InvalidOperationException>(() => ReplConfiguration.Notifications(Configure(keys)));

        error.Message.ShouldNotContain(Signature);
        error.Message.ShouldContain("Repl:Notifications:Receivers:0:Teams:0");
        error.InnerException.ShouldBeNull();
        error.ToString().ShouldNotContain(Signature);
    }

    [Fact]
    public void Notifications_UnknownSecurityMode_FailsNamingTheKey()
    {
        var keys = IssueKeys();
        keys["Repl:Notifications:Receivers:1:Email:0:Security"] = "Ssl";

        Should.Throw<InvalidOperationException>(() => ReplConfiguration.Notifications(Configure(keys)))
            .Message.ShouldBe("Repl:Notifications: Failed to convert the configuration value at 'Repl:Notifications:Receivers:1:Email:0:Security' to type "
                + "'ReplOrchestrator.Domain.Notifications.SmtpSecurity' (value not shown).");
    }

    private static IConfiguration Configure(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

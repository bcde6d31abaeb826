using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.Domain.Tests.Notifications.TestSettings;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class RedactionTests
{
    private static readonly NotificationOptions s_options = Valid() with
    {
        Receivers = [TestSettings.Teams("ops"), new ReceiverOptions { Name = "oncall", Email = [TestSettings.Email()], Teams = [new TeamsTargetOptions { WebhookUrl = Webhook }] }],
    };

    [Fact]
    public void ToString_TeamsTarget_ShowsOnlySchemeAndHost() =>
        new TeamsTargetOptions { WebhookUrl = Webhook }.ToString().ShouldBe("Teams https://prod-12.westeurope.logic.azure.com/… (redacted)");

    [Fact]
    public void ToString_EmailTarget_HidesThePassword()
    {
        var text = TestSettings.Email().ToString();

        text.ShouldNotContain(Password);
        text.ShouldContain("via smtp.azurecomm.net:587 (StartTls)");
        text.ShouldContain("password (redacted)");
    }

    [Fact]
    public void ToString_OptionsReceiversAndPolicy_ShowNoSecret()
    {
        var texts = new[]
        {
            s_options.ToString(), s_options.Receivers[1].ToString(), NotificationPolicy.Create(s_options).ToString(),
            new TeamsTargetOptions { WebhookUrl = "not a url?sig=" + Signature }.ToString(),
        };

        texts.ShouldAllBe(text => !text.Contains(Signature) && !text.Contains(Password) && !text.Contains("/workflows/"));
        texts[0].ShouldContain("oncall: Teams https://prod-12.westeurope.logic.azure.com/… (redacted); Email to oncall@contoso.com");
    }

    [Fact]
    public void Validate_TreeFullOfMistakes_NeverEchoesASecret()
    {
        var options = s_options with
        {
            Receivers =
            [
                TestSettings.Teams("ops", "http://example.com/hook?sig=" + Signature),
                TestSettings.Teams("ops", Signature),
                new ReceiverOptions { Name = "mail", Email = [TestSettings.Email() with { Security = SmtpSecurity.None, Username = null, SmtpPort = -1 }] },
            ],
        };

        var problems = options.Validate();

        problems.Count.ShouldBeGreaterThan(4);
        string.Join("\n", problems).ShouldNotContain(Signature);
        string.Join("\n", problems).ShouldNotContain(Password);
        Should.Throw<ArgumentException>(() => NotificationPolicy.Create(options)).Message.ShouldNotContain(Signature);
    }
}

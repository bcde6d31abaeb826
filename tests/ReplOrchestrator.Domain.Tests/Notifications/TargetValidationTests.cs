using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.Domain.Tests.Notifications.TestSettings;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class TargetValidationTests
{
    private const string Teams0 = "Repl:Notifications:Receivers:0:Teams:0:WebhookUrl";
    private const string Email0 = "Repl:Notifications:Receivers:0:Email:0";

    [Theory]
    [InlineData(Webhook)]
    [InlineData("https://defaultabc.12.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/1/triggers/manual/paths/invoke?sig=x")]
    [InlineData("http://127.0.0.1:5057/hook?sig=x")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://[::1]/hook")]
    public void Validate_WebhookUrl_HttpsOrLoopbackHttp_IsAccepted(string url) =>
        WithReceivers(TestSettings.Teams("ops", url)).Validate().ShouldBeEmpty();

    [Theory]
    [InlineData("http://prod-12.westeurope.logic.azure.com/workflows/1?sig=" + Signature)]
    [InlineData("http://10.0.0.5/hook?sig=" + Signature)]
    [InlineData("ftp://example.com/hook?sig=" + Signature)]
    [InlineData("/workflows/1/triggers?sig=" + Signature)]
    [InlineData("not a url " + Signature)]
    public void Validate_BadWebhookUrl_IsNamedWithoutShowingIt(string url)
    {
        var problem = WithReceivers(TestSettings.Teams("ops", url)).Validate().ShouldHaveSingleItem();

        problem.ShouldBe($"{Teams0} must be an absolute https URL, or http to a loopback address (the value is not shown: it holds the workflow's signature).");
        problem.ShouldNotContain(Signature);
    }

    [Fact]
    public void Validate_MissingWebhookUrl_IsRequired() =>
        WithReceivers(TestSettings.Teams("ops", "")).Validate().ShouldBe([$"{Teams0} is required."]);

    [Fact]
    public void Validate_RetiredOffice365ConnectorUrl_SaysToUseWorkflows()
    {
        var problem = WithReceivers(TestSettings.Teams("ops", "https://contoso.webhook.office.com/webhookb2/1/IncomingWebhook/2/" + Signature))
            .Validate().ShouldHaveSingleItem();

        problem.ShouldStartWith($"{Teams0} is an Office 365 connector URL (contoso.webhook.office.com), which Microsoft retired");
        problem.ShouldNotContain(Signature);
    }

    [Fact]
    public void Validate_EmailWithoutAnything_NamesEachMissingKey() =>
        Email(new EmailTargetOptions()).ShouldBe(
        [
            $"{Email0}:To needs at least one address.",
            $"{Email0}:From is required.",
            $"{Email0}:SmtpHost is required.",
        ]);

    [Fact]
    public void Validate_BadEmailValues_AreNamed() =>
        Email(TestSettings.Email() with { To = ["oncall@contoso.com", "not-an-address"], From = "repl at contoso", SmtpHost = "smtp relay", SmtpPort = 0 }).ShouldBe(
        [
            $"{Email0}:To:1 'not-an-address' is not an email address.",
            $"{Email0}:From 'repl at contoso' is not an email address.",
            $"{Email0}:SmtpHost 'smtp relay' is not a DNS name or IP address.",
            $"{Email0}:SmtpPort must be between 1 and 65535 (was 0).",
        ]);

    [Fact]
    public void Validate_UndefinedSecurity_IsNamed() =>
        Email(TestSettings.Email() with { Security = (SmtpSecurity)7 }).ShouldBe([$"{Email0}:Security must be None, StartTls or Tls."]);

    [Fact]
    public void Validate_HalfTheCredentials_IsNamedWithoutThePassword()
    {
        Email(TestSettings.Email() with { Username = null }).ShouldBe([$"{Email0}:Password is set without a Username."]);
        Email(TestSettings.Email() with { Password = null }).ShouldBe([$"{Email0}:Username is set without a Password."]);
    }

    [Fact]
    public void Validate_PasswordInClearToARemoteRelay_IsRefused()
    {
        var problem = Email(TestSettings.Email() with { Security = SmtpSecurity.None }).ShouldHaveSingleItem();

        problem.ShouldBe($"{Email0}:Security None would send the password in clear to smtp.azurecomm.net: use StartTls or Tls, or a relay on this machine.");
        problem.ShouldNotContain(Password);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Validate_PlainSmtpToALoopbackRelay_IsAccepted(string host) =>
        Email(TestSettings.Email() with { Security = SmtpSecurity.None, SmtpHost = host }).ShouldBeEmpty();

    [Theory]
    [InlineData(SmtpSecurity.None, 25)]
    [InlineData(SmtpSecurity.StartTls, 587)]
    [InlineData(SmtpSecurity.Tls, 465)]
    public void Port_Unset_IsTheSecurityModesUsualPort(SmtpSecurity security, int port)
    {
        (TestSettings.Email() with { Security = security }).EffectivePort().ShouldBe(port);
        (TestSettings.Email() with { Security = security, SmtpPort = 2525 }).EffectivePort().ShouldBe(2525);
        new EmailTargetOptions().Security.ShouldBe(SmtpSecurity.StartTls);
    }

    private static IReadOnlyList<string> Email(EmailTargetOptions email) =>
        WithReceivers(new ReceiverOptions { Name = "ops", Email = [email] }).Validate();
}

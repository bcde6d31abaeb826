using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Domain.Tests.Notifications;

/// <summary>A valid notification tree the tests vary, with secrets that must never show.</summary>
internal static class TestSettings
{
    public const string Signature = "S3cr3tSignatureValue";

    public const string Webhook =
        "https://prod-12.westeurope.logic.azure.com:443/workflows/0a1b2c/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig="
        + Signature;

    public const string Password = "Pa55-w0rd-Secret";

    public static ReceiverOptions Teams(string name, string url = Webhook) =>
        new() { Name = name, Teams = [new TeamsTargetOptions { WebhookUrl = url }] };

    public static EmailTargetOptions Email() => new()
    {
        To = ["oncall@contoso.com"],
        From = "ReplOrchestrator <repl@contoso.com>",
        SmtpHost = "smtp.azurecomm.net",
        Username = "acs-contoso|11111111-2222-3333-4444-555555555555|66666666-7777-8888-9999-000000000000",
        Password = Password,
    };

    public static NotificationOptions Valid() => new()
    {
        Route = new RouteOptions
        {
            Receiver = "ops",
            Routes = [new RouteOptions { Receiver = "oncall", Matchers = ["severity=Critical"] }],
        },
        Receivers = [TestSettings.Teams("ops"), new ReceiverOptions { Name = "oncall", Email = [Email()] }],
    };

    public static NotificationOptions WithRoutes(params RouteOptions[] routes) =>
        Valid() with { Route = Valid().Route! with { Routes = routes } };

    public static NotificationOptions WithReceivers(params ReceiverOptions[] receivers) =>
        Valid() with { Receivers = receivers, Route = new RouteOptions { Receiver = receivers.Length > 0 ? receivers[0].Name : "ops" } };
}

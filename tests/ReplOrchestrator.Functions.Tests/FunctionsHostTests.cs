using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Notifications;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Functions.Tests;

/// <summary>What the app's composition checks before anything runs.</summary>
public sealed class FunctionsHostTests
{
    [Fact]
    public void Build_WithoutNotifications_RunsAsBefore()
    {
        using var app = FunctionApp.Build();

        app.Services.GetRequiredService<NotificationPolicy>().IsEnabled.ShouldBeFalse();
    }

    [Fact]
    public void Build_ValidNotifications_HasThePolicy()
    {
        var settings = TestSettings.Values();
        settings["Repl:Notifications:Route:Receiver"] = "ops";
        settings["Repl:Notifications:Receivers:0:Name"] = "ops";
        settings["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = "https://prod-1.westeurope.logic.azure.com/workflows/1?sig=secret";

        using var app = FunctionApp.Build(settings: settings);

        app.Services.GetRequiredService<NotificationPolicy>().Root!.Receiver.ShouldBe("ops");
    }

    [Fact]
    public async Task Build_ValidNotifications_TheAppsDeliveryActivityPostsTheCard()
    {
        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202));
        var settings = TestSettings.Values();
        settings["Repl:Notifications:Route:Receiver"] = "ops";
        settings["Repl:Notifications:Receivers:0:Name"] = "ops";
        settings["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = new Uri(teams.BaseAddress, "workflows/1?sig=secret").ToString();
        using var app = FunctionApp.Build(settings: settings);
        var group = TeamsGroups.Group(TeamsGroups.Diagnosed("sql01"));
        var request = new DeliveryRequest("ops", "teams:0", NotificationKind.Firing, new NotificationThread("0123456789abcdef", 0), group);

        var activity = ActivatorUtilities.CreateInstance<DeliverNotificationActivity>(app.Services);
        var attempt = await activity.RunAsync(null!, request);

        attempt.ShouldBe(new DeliveryAttempt(DeliveryOutcome.Delivered));
        teams.Requests.ShouldHaveSingleItem().Body.ShouldContain("sql01");
    }

    [Fact]
    public void Build_WithoutVaults_HasNoArmPoller()
    {
        using var app = FunctionApp.Build();

        app.Services.GetService<ArmPoller>().ShouldBeNull();
    }

    [Fact]
    public void Build_VaultsFromTheBicepSetting_HasTheArmPoller()
    {
        using var app = FunctionApp.Build(settings: ArmSettings("00:05:00"));

        app.Services.GetRequiredService<ArmPoller>().ShouldNotBeNull();
    }

    [Fact]
    public void Build_PollSlowerThanTheHeartbeatTimeout_ThrowsInOneLine()
    {
        var error = Should.Throw<ArgumentException>(() => FunctionApp.Build(settings: ArmSettings("00:20:00")));

        error.Message.ShouldContain("PollInterval (00:20:00) must be shorter than Repl:Appliance:HeartbeatTimeout (00:15:00)");
    }

    [Fact]
    public void Build_InvalidNotifications_ThrowsNamingThePathWithoutTheSecret()
    {
        var settings = TestSettings.Values();
        settings["Repl:Notifications:Route:Receiver"] = "pager";
        settings["Repl:Notifications:Receivers:0:Name"] = "ops";
        settings["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = "http://prod-1.westeurope.logic.azure.com/workflows/1?sig=S3cr3t";

        var error = Should.Throw<ArgumentException>(() => FunctionApp.Build(settings: settings));

        error.Message.ShouldContain("Repl:Notifications:Route:Receiver 'pager' is not a receiver");
        error.Message.ShouldContain("Repl:Notifications:Receivers:0:Teams:0:WebhookUrl must be an absolute https URL");
        error.Message.ShouldNotContain("S3cr3t");
    }

    // As the Bicep template sets them: the vaults in one comma-separated setting.
    private static Dictionary<string, string?> ArmSettings(string pollInterval)
    {
        var settings = TestSettings.Values();
        settings["Repl:Arm:VaultIds"] = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/vault-a";
        settings["Repl:Arm:PollInterval"] = pollInterval;
        return settings;
    }
}

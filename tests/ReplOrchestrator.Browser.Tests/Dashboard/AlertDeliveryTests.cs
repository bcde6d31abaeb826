using ReplOrchestrator.Local.Simulation.Scenarios;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Browser;
using ReplOrchestrator.TestUtilities.Notifications;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>
/// The Alerts page's delivery state per receiver, from a running host whose receiver posts to a real listener that
/// accepts or refuses the card.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class AlertDeliveryTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    [Theory]
    [InlineData(202, "✔ delivered", null)]
    [InlineData(404, "✖ failed", "HTTP 404")]
    public async Task AlertsPage_TeamsAnswers_ShowsReceiverTargetAndDeliveryStateInWords(int answer, string state, string? error)
    {
        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(answer));
        await using var host = await DashboardHost.StartAsync(NotificationSettings.For(new Uri(teams.BaseAddress, "hook")), ScenarioNames.UploadStall);
        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await tab.SignInAsync();
        host.StartFleet();
        await tab.Page.Locator("nav a[data-page=alerts]").ClickAsync();

        var receiver = tab.Page.Locator("#alert-list article[data-code='DiskUploadTimedOut'] tr[data-receiver='oncall'][data-target='teams:0']").First;
        // The state sits in the receiver's row as a word beside its icon, so colour is not what tells it.
        await Expect(receiver.Locator("td").Nth(2)).ToHaveTextAsync(state, new() { Timeout = 60_000 });
        var told = (await host.FiringAsync("DiskUploadTimedOut"))["notifications"]!["receivers"]![0]!;
        await Expect(receiver.Locator("td").Nth(0)).ToHaveTextAsync("oncall");
        await Expect(receiver.Locator("td").Nth(1)).ToContainTextAsync(told["description"]!.GetValue<string>());
        await Expect(receiver.Locator("td").Nth(1)).ToContainTextAsync("teams:0");
        if (error is null)
        {
            await Expect(receiver.Locator("td").Nth(5)).ToHaveTextAsync("—");
        }
        else
        {
            await Expect(receiver.Locator("td").Nth(5)).ToContainTextAsync(error);
            await Expect(receiver.Locator("td").Nth(5)).ToHaveTextAsync(told["lastError"]!.GetValue<string>());
        }

        teams.Requests.ShouldNotBeEmpty();
        output.WriteLine($"Teams answered {answer}; the page said {await receiver.InnerTextAsync()}");
        await tab.ScreenshotAsync($"dashboard-alerts-{answer}.png", forDocs: false);
    }

}

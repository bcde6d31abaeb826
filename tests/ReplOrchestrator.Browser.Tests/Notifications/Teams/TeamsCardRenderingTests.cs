using ReplOrchestrator.Browser.Tests.Support;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Browser;
using ReplOrchestrator.TestUtilities.Notifications;
using Xunit.Abstractions;
using static ReplOrchestrator.TestUtilities.Notifications.TeamsGroups;

namespace ReplOrchestrator.Browser.Tests.Notifications.Teams;

/// <summary>The Teams card drawn by Microsoft's Adaptive Cards renderer: what a reader actually sees.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TeamsCardRenderingTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task Create_Firing_RendersTitleCausesActionsAndProbes()
    {
        var alert = Diagnosed();

        var card = await RenderAsync(TeamsMessage.Create(Group(alert), NotificationKind.Firing), "teams-card-firing.png");

        card.ShouldHaveRenderedCleanly();
        card.Text.ShouldContain($"FIRING:{alert.Severity}");
        card.ShouldName(alert);
        card.ShouldExplain(alert);
    }

    [Fact]
    public async Task Create_Updated_RendersTheNewLeadingCause()
    {
        var alert = Diagnosed() with
        {
            ProbableCauses = [new AlertCause("Key Vault unreachable on 443", CauseConfidence.Likely, ["KeyVaultTcp failed"])],
        };

        var card = await RenderAsync(TeamsMessage.Create(Group(alert), NotificationKind.Updated), "teams-card-updated.png");

        card.ShouldHaveRenderedCleanly();
        card.Text.ShouldContain($"UPDATED:{alert.Severity}");
        card.Text.ShouldContain($"the leading cause is now {alert.LeadingCause!.Cause}");
        card.ShouldName(alert);
        card.ShouldExplain(alert);
    }

    [Fact]
    public async Task Create_Resolved_RendersTitleAndWhenItResolved()
    {
        var resolvedAt = TestAlerts.FiredAt.AddHours(2);
        var alert = TestAlerts.Resolve(Diagnosed(), resolvedAt);

        var card = await RenderAsync(TeamsMessage.Create(Group(alert), NotificationKind.Resolved), "teams-card-resolved.png");

        card.ShouldHaveRenderedCleanly();
        card.Text.ShouldContain("RESOLVED");
        card.ShouldName(alert);
        card.Text.ShouldContain($"Resolved {resolvedAt:yyyy-MM-dd HH:mm} UTC");
    }

    [Fact]
    public async Task Create_200VmGroup_RendersTheFirstAlertsAndCountsTheRest()
    {
        var alerts = Enumerable.Range(1, 200).Select(i => Diagnosed($"vm-{i:000}")).ToArray();
        var message = TeamsMessage.Create(Group(alerts), NotificationKind.Firing);

        var card = await RenderAsync(message, "teams-card-200-vms.png");

        card.ShouldHaveRenderedCleanly();
        card.ShouldName(alerts[0]);
        card.ShouldExplain(alerts[0]);
        message.AlertsOmitted.ShouldBeGreaterThan(0);
        card.Text.ShouldContain($"…and {message.AlertsOmitted} more alerts");
    }

    private async Task<RenderedCard> RenderAsync(TeamsMessage message, string screenshotName)
    {
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var card = await AdaptiveCardRenderer.RenderAsync(page, Card(message));

        var screenshot = TestArtifacts.PathFor("teams-cards", screenshotName);
        await card.Element.ScreenshotAsync(new() { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");
        if (message.Kind == NotificationKind.Firing && message.AlertsOmitted == 0)
        {
            DocImages.UpdateIfAsked(screenshot, screenshotName);
        }

        return card;
    }
}

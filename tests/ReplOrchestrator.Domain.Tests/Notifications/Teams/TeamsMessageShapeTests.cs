using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using static ReplOrchestrator.TestUtilities.Notifications.TeamsGroups;

namespace ReplOrchestrator.Domain.Tests.Notifications.Teams;

public sealed class TeamsMessageShapeTests
{
    [Fact]
    public void Create_OneAlert_IsAMessageWithOneAdaptiveCardTeamsRenders()
    {
        var message = TeamsMessage.Create(Group(Diagnosed()), NotificationKind.Firing);

        var envelope = JsonNode.Parse(message.Utf8Json.Span)!.AsObject();
        envelope["type"]!.GetValue<string>().ShouldBe("message");
        var attachment = envelope["attachments"]!.AsArray().ShouldHaveSingleItem()!;
        attachment["contentType"]!.GetValue<string>().ShouldBe("application/vnd.microsoft.card.adaptive");
        var card = attachment["content"]!;
        card["type"]!.GetValue<string>().ShouldBe("AdaptiveCard");
        card["version"]!.GetValue<string>().ShouldBe("1.4");
        card["msteams"]!["width"]!.GetValue<string>().ShouldBe("Full");
        (message.AlertsShown, message.AlertsOmitted).ShouldBe((1, 0));
    }

    [Fact]
    public void Create_FiringCritical_HeaderIsAttentionColouredWithVmCodeAndTitle()
    {
        var alert = Diagnosed();

        var header = Card(TeamsMessage.Create(Group(alert), NotificationKind.Firing))["body"]![0]!;

        header["style"]!.GetValue<string>().ShouldBe("attention");
        Texts(header).ShouldBe([$"[FIRING:Critical] vm-01 DiskUploadTimedOut ({alert.ErrorId})", alert.Title]);
    }

    [Fact]
    public void Create_FiringAlert_TellsSummaryWhereWhenAndHowOften()
    {
        var texts = Texts(Card(TeamsMessage.Create(Group(Diagnosed()), NotificationKind.Firing)));

        texts.ShouldContain("vm-01: disk-0 upload stalled at 6 % for 45 min");
        texts.ShouldContain("Appliance: appl-01");
        texts.ShouldContain("VM: vm-01");
        texts.ShouldContain("Host: esx01.contoso.local");
        texts.ShouldContain("Severity: Critical");
        texts.ShouldContain("First seen: 2026-11-22 00:00 UTC");
        texts.ShouldContain("Last seen: 2026-11-22 00:45 UTC");
        texts.ShouldContain("Occurrences: 3");
        texts.ShouldContain("Firing: 1");
    }

    [Fact]
    public void Create_FiringAlert_ListsCausesWithConfidenceAndEvidenceThenActionsInTheAlertsOrder()
    {
        var texts = Texts(Card(TeamsMessage.Create(Group(Diagnosed()), NotificationKind.Firing)));

        var causes = texts.IndexOf("Probable causes");
        texts[causes + 1].ShouldBe("**Confirmed** — Storage account unreachable");
        texts[causes + 2].ShouldBe("- StorageWrite failed: 403 Forbidden\r- CloudStorageTcp ok");
        texts[causes + 3].ShouldBe("**Possible** — Appliance bandwidth throttled");
        texts[causes + 4].ShouldBe("Recommended actions");
        texts[causes + 5].ShouldBe("1. Allow the appliance to reach the storage account\r2. Check the bandwidth throttle");
    }

    [Fact]
    public void Create_FiringAlert_ShowsProbeResultsAsATable()
    {
        var texts = Texts(Card(TeamsMessage.Create(Group(Diagnosed()), NotificationKind.Firing)));

        var probes = texts.IndexOf("Probe results");
        texts[probes + 1].ShouldBe("❌ StorageWrite migratelsa.blob.core.windows.net:443: failed — 403 Forbidden");
        texts[probes + 2].ShouldBe("✅ KeyVaultTcp migratekv.vault.azure.net:443: ok, 12 ms — TCP 443 open");
    }

    [Fact]
    public void Create_Alert_LinksItsDocumentationAndTheDashboardVmPage()
    {
        var alert = Diagnosed();
        var options = new TeamsCardOptions { DashboardVmUrl = "https://dash.contoso.com/appliances/{applianceId}/vms/{vmId}" };

        var actions = Card(TeamsMessage.Create(Group(alert), NotificationKind.Firing, options))["actions"]!.AsArray();

        actions[0]!["type"]!.GetValue<string>().ShouldBe("Action.OpenUrl");
        actions[0]!["url"]!.GetValue<string>().ShouldBe("https://dash.contoso.com/appliances/appl-01/vms/vm-01");
        actions[1]!["url"]!.GetValue<string>().ShouldBe(alert.Links[0].Url);
        actions[1]!["title"]!.GetValue<string>().ShouldBe(alert.Links[0].Title);
    }

    [Fact]
    public void Create_WithoutDashboard_LinksOnlyDocumentation() =>
        Card(TeamsMessage.Create(Group(Diagnosed()), NotificationKind.Firing))["actions"]!.AsArray()
            .Select(a => a!["url"]!.GetValue<string>()).ShouldBe(Diagnosed().Links.Select(l => l.Url).Distinct().Take(4));

    [Fact]
    public void Create_EmptyGroup_Throws() =>
        Should.Throw<ArgumentException>(() => TeamsMessage.Create(Group(), NotificationKind.Firing));

    [Fact]
    public void Create_WarningAlert_IsWarningColoured() =>
        Card(TeamsMessage.Create(Group(Diagnosed(severity: AlertSeverity.Warning)), NotificationKind.Firing))["body"]![0]!["style"]!
            .GetValue<string>().ShouldBe("warning");
}

using System.Net;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Email;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.TestUtilities.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TeamsGroups;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Notifications.Email;

public sealed class EmailContentTests
{
    [Fact]
    public void Create_OneFiringAlert_SubjectNamesTheVmCodeIdAndSummary() =>
        EmailContent.Create(Group(Diagnosed("sql01")), NotificationKind.Firing).Subject
            .ShouldBe("[FIRING:Critical] sql01 DiskUploadTimedOut (1011) — sql01: disk-0 upload stalled at 6 % for 45 min");

    [Fact]
    public void Create_Updated_SubjectSaysUpdatedAndBothPartsNameTheNewCause()
    {
        var alert = Diagnosed() with { ProbableCauses = [new AlertCause("Key Vault unreachable on 443", CauseConfidence.Likely, ["KeyVaultTcp failed"])] };

        var mail = EmailContent.Create(Group(alert), NotificationKind.Updated);

        mail.Subject.ShouldStartWith("[UPDATED:Critical] vm-01 DiskUploadTimedOut (1011) — ");
        InBothParts(mail, "The diagnosis changed: the leading cause is now Key Vault unreachable on 443 (Likely).");
    }

    [Fact]
    public void Create_Resolved_SubjectSaysResolvedAndLeavesCausesOut()
    {
        var mail = EmailContent.Create(Group(TestAlerts.Resolve(Diagnosed(), Epoch.AddHours(2))), NotificationKind.Resolved);

        mail.Subject.ShouldBe("[RESOLVED] vm-01 DiskUploadTimedOut (1011) — vm-01: disk-0 upload stalled at 6 % for 45 min");
        InBothParts(mail, "2026-11-22 02:00 UTC");
        mail.Text.ShouldNotContain("Probable causes");
        mail.Html.ShouldNotContain("Recommended actions");
    }

    [Fact]
    public void Create_FiringAlert_BothPartsCarryTheCardsFacts()
    {
        var mail = EmailContent.Create(Group(Diagnosed()), NotificationKind.Firing);

        InBothParts(
            mail,
            "[FIRING:Critical] vm-01 DiskUploadTimedOut (1011)",
            ErrorCatalog.Get(CatalogCodes.DiskUploadTimedOut).Title,
            "vm-01: disk-0 upload stalled at 6 % for 45 min",
            "appl-01",
            "esx01.contoso.local",
            "Confirmed",
            "Storage account unreachable",
            "StorageWrite failed: 403 Forbidden",
            "Possible",
            "Appliance bandwidth throttled",
            "Allow the appliance to reach the storage account",
            "Check the bandwidth throttle",
            "migratelsa.blob.core.windows.net:443",
            "failed — 403 Forbidden",
            "ok, 12 ms — TCP 443 open",
            "2026-11-22 00:00 UTC",
            "Occurrences",
            "Receiver");
        mail.Html.ShouldContain("<table");
        (mail.AlertsShown, mail.AlertsOmitted).ShouldBe((1, 0));
    }

    [Fact]
    public void Create_FiringAlert_KeepsTheAlertsOrderOfActionsAndCauses()
    {
        var mail = EmailContent.Create(Group(Diagnosed()), NotificationKind.Firing);

        foreach (var part in new[] { mail.Text, mail.Html })
        {
            part.IndexOf("Storage account unreachable", StringComparison.Ordinal).ShouldBeLessThan(part.IndexOf("Appliance bandwidth throttled", StringComparison.Ordinal));
            part.IndexOf("Allow the appliance", StringComparison.Ordinal).ShouldBeLessThan(part.IndexOf("Check the bandwidth throttle", StringComparison.Ordinal));
        }

        mail.Text.ShouldContain("1. Allow the appliance to reach the storage account");
        mail.Html.ShouldContain("<ol><li>Allow the appliance to reach the storage account</li>");
    }

    [Fact]
    public void Create_HostileText_IsEncodedInHtmlAndKeptOffTheSubjectsLines()
    {
        // Contract ids are checked where alerts are built; the mail must hold even if one slips past.
        var alert = Diagnosed() with { VmId = "vm-01\r\nBcc: victim@example.com", Summary = "<script>alert('x')</script> & \"quoted\"\u2028line" };

        var mail = EmailContent.Create(Group(alert), NotificationKind.Firing);

        mail.Subject.ShouldNotContain('\r');
        mail.Subject.ShouldNotContain('\n');
        mail.Subject.ShouldNotContain('\u2028');
        mail.Subject.ShouldStartWith("[FIRING:Critical] vm-01  Bcc: victim@example.com DiskUploadTimedOut");
        mail.Html.ShouldNotContain("<script>");
        mail.Html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; line");
        mail.Text.ShouldNotContain("\r\nBcc:");
        mail.Text.ShouldContain("VM:          vm-01  Bcc: victim@example.com");
    }

    [Fact]
    public void Create_LongSummary_CutsTheSubjectAt200WithAnEllipsis()
    {
        var mail = EmailContent.Create(Group(Diagnosed() with { Summary = new string('x', 500) }), NotificationKind.Firing);

        mail.Subject.Length.ShouldBe(200);
        mail.Subject.ShouldEndWith("x…");
    }

    [Fact]
    public void Create_SeveralVms_SubjectCountsAndNamesThem() =>
        EmailContent.Create(Group(Diagnosed("sql01"), Diagnosed("sql02"), Diagnosed("web01")), NotificationKind.Firing).Subject
            .ShouldBe("[FIRING:Critical] appl-01 DiskUploadTimedOut (1011) — 3 VMs: sql01, sql02, web01");

    [Fact]
    public void Create_ApplianceLevelAlert_SubjectNamesTheAppliance() =>
        EmailContent.Create(Group(TestAlerts.Fire(CatalogCodes.HostConnectionRefused, vmId: null)), NotificationKind.Firing).Subject
            .ShouldStartWith("[FIRING:");

    [Fact]
    public void Create_200VmGroup_StaysReadableAndCountsWhatItLeavesOut()
    {
        var group = Group([.. Enumerable.Range(0, 200).Select(i => Diagnosed($"vm-{i:D3}"))]);

        var mail = EmailContent.Create(group, NotificationKind.Firing);

        (mail.AlertsShown, mail.AlertsOmitted).ShouldBe((EmailLayout.Detailed + EmailLayout.Listed, 150));
        mail.Subject.ShouldStartWith("[FIRING:Critical] appl-01 DiskUploadTimedOut (1011) — 200 VMs: vm-000, vm-001,");
        mail.Subject.Length.ShouldBeLessThanOrEqualTo(200);
        InBothParts(mail, "— 200 alerts", "vm-009: disk-0", "vm-049", "…and 150 more alerts");
        mail.Text.ShouldContain("  - vm-010 on esx01.contoso.local — vm-010: disk-0 upload stalled at 6 % for 45 min (Confirmed: Storage account unreachable)");
        mail.Text.ShouldNotContain("vm-050");
        mail.Html.Length.ShouldBeLessThan(100_000);
    }

    [Fact]
    public void Create_SomeResolvedSinceTheLastMail_NamesThemInOneLine() =>
        InBothParts(
            EmailContent.Create(Group(Diagnosed("vm-01"), TestAlerts.Resolve(Diagnosed("vm-02"), Epoch.AddHours(1))), NotificationKind.Firing),
            "Resolved since: vm-02");

    [Fact]
    public void Create_EscalatedWarning_IsCriticalAndSaysSo()
    {
        var alert = Diagnosed(severity: AlertSeverity.Warning);
        var group = Group(alert) with { Alerts = [new(alert, AlertLabels.Of(alert, "esx01", AlertSeverity.Critical))] };

        var mail = EmailContent.Create(group, NotificationKind.Firing);

        mail.Subject.ShouldStartWith("[FIRING:Critical]");
        InBothParts(mail, "Critical (escalated from Warning)");
    }

    [Fact]
    public void Create_DashboardInTheTeamsOptions_LinksTheVmInBothParts()
    {
        var options = new TeamsCardOptions { DashboardVmUrl = "https://repl.contoso.com/appliances/{applianceId}/vms/{vmId}" };

        var mail = EmailContent.Create(Group(Diagnosed() with { VmId = "vm 01" }), NotificationKind.Firing, options);

        mail.Text.ShouldContain("Open the VM: https://repl.contoso.com/appliances/appl-01/vms/vm%2001");
        mail.Html.ShouldContain("<a href=\"https://repl.contoso.com/appliances/appl-01/vms/vm%2001\">Open the VM</a>");
    }

    [Fact]
    public void Create_LinkThatIsNotAWebAddress_IsShownNotLinked()
    {
        var mail = EmailContent.Create(Group(Diagnosed() with { Links = [new DocLink("Click", "javascript:alert(1)")] }), NotificationKind.Firing);

        mail.Html.ShouldNotContain("href=\"javascript:");
        mail.Html.ShouldContain("Click: javascript:alert(1)");
    }

    [Fact]
    public void Create_GroupWithoutAlerts_Throws() =>
        Should.Throw<ArgumentException>(() => EmailContent.Create(Group(), NotificationKind.Firing));

    private static void InBothParts(EmailContent mail, params string[] facts)
    {
        foreach (var fact in facts)
        {
            mail.Text.ShouldContain(fact);
            mail.Html.ShouldContain(WebUtility.HtmlEncode(fact));
        }
    }
}

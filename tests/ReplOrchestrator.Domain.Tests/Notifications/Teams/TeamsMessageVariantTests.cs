using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.TestUtilities.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TeamsGroups;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Notifications.Teams;

public sealed class TeamsMessageVariantTests
{
    [Fact]
    public void Create_Updated_SaysTheLeadingCauseChanged()
    {
        var alert = Diagnosed() with
        {
            ProbableCauses = [new AlertCause("Key Vault unreachable on 443", CauseConfidence.Likely, ["KeyVaultTcp failed"])],
        };

        var card = Card(TeamsMessage.Create(Group(alert), NotificationKind.Updated));

        Texts(card["body"]![0]!)[0].ShouldStartWith("[UPDATED:Critical] vm-01 DiskUploadTimedOut");
        Texts(card).ShouldContain("The diagnosis changed: the leading cause is now **Key Vault unreachable on 443** (Likely).");
    }

    [Fact]
    public void Create_Resolved_IsGoodColouredAndListsOnlyWhenItResolved()
    {
        var resolved = TestAlerts.Resolve(Diagnosed(), Epoch.AddHours(2));

        var card = Card(TeamsMessage.Create(Group(resolved), NotificationKind.Resolved));

        card["body"]![0]!["style"]!.GetValue<string>().ShouldBe("good");
        var texts = Texts(card);
        texts[0].ShouldStartWith("[RESOLVED] vm-01 DiskUploadTimedOut");
        texts.ShouldContain("Resolved: 2026-11-22 02:00 UTC");
        texts.ShouldNotContain("Probable causes");
        texts.ShouldNotContain("Recommended actions");
    }

    [Fact]
    public void Create_FiringWithSomeResolved_NamesTheResolvedOnesInOneLine()
    {
        var group = Group(Diagnosed("vm-01"), TestAlerts.Resolve(Diagnosed("vm-02"), Epoch.AddHours(1)));

        var texts = Texts(Card(TeamsMessage.Create(group, NotificationKind.Firing)));

        texts.ShouldContain("Resolved since: vm-02");
        texts.ShouldContain("Firing: 1");
    }

    [Fact]
    public void Create_ReceiverNotSendingResolved_LeavesResolvedOnesOut() =>
        Texts(Card(TeamsMessage.Create(Group(false, Diagnosed("vm-01"), TestAlerts.Resolve(Diagnosed("vm-02"), Epoch)), NotificationKind.Firing)))
            .ShouldNotContain(t => t.Contains("vm-02", StringComparison.Ordinal));

    [Fact]
    public void Create_SeveralAlerts_OneCardNamesEveryVm()
    {
        var group = Group(Diagnosed("vm-01"), Diagnosed("vm-02"), Diagnosed("vm-03"));

        var message = TeamsMessage.Create(group, NotificationKind.Firing);

        Texts(Card(message)["body"]![0]!)[0].ShouldStartWith("[FIRING:Critical] appl-01 DiskUploadTimedOut");
        Texts(Card(message)["body"]![0]!)[0].ShouldEndWith("— 3 alerts");
        var texts = Texts(Card(message));
        texts.ShouldContain("VM: vm-01");
        texts.ShouldContain("VM: vm-02");
        texts.ShouldContain("VM: vm-03");
        (message.AlertsShown, message.AlertsOmitted).ShouldBe((3, 0));
    }

    [Fact]
    public void Create_EscalatedWarning_IsCriticalAndSaysSo()
    {
        var alert = Diagnosed(severity: AlertSeverity.Warning);
        var group = Group(alert) with { Alerts = [new(alert, AlertLabels.Of(alert, "esx01", AlertSeverity.Critical))] };

        var card = Card(TeamsMessage.Create(group, NotificationKind.Firing));

        card["body"]![0]!["style"]!.GetValue<string>().ShouldBe("attention");
        Texts(card).ShouldContain("Severity: Critical (escalated from Warning)");
    }

    [Theory]
    [InlineData(false, NotificationKind.Firing)]
    [InlineData(true, NotificationKind.Resolved)]
    public void KindOf_Group_IsFiringWhileAnyFires(bool allResolved, NotificationKind expected)
    {
        var second = allResolved ? TestAlerts.Resolve(Diagnosed("vm-02"), Epoch) : Diagnosed("vm-02");

        TeamsMessage.KindOf(Group(TestAlerts.Resolve(Diagnosed("vm-01"), Epoch), second)).ShouldBe(expected);
    }
}

using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.TestUtilities.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TeamsGroups;

namespace ReplOrchestrator.Domain.Tests.Notifications.Teams;

public sealed class TeamsMessageSizeTests
{
    [Fact]
    public void Create_200VmGroup_StaysUnder28000BytesAndCountsTheRest()
    {
        var group = Group([.. Enumerable.Range(1, 200).Select(i => Diagnosed($"vm-{i:000}"))]);

        var message = TeamsMessage.Create(group, NotificationKind.Firing);

        message.Utf8Json.Length.ShouldBeLessThanOrEqualTo(28_000);
        (message.AlertsShown + message.AlertsOmitted).ShouldBe(200);
        message.AlertsOmitted.ShouldBeGreaterThan(0);
        var texts = Texts(Card(message));
        texts.ShouldContain($"…and {message.AlertsOmitted} more alerts");
        texts.ShouldContain("VM: vm-001");
        texts.ShouldContain("Firing: 200");
    }

    [Fact]
    public void Create_200VmGroupWithTheCatalogsLongTexts_StaysUnder28000Bytes()
    {
        var group = Group([.. Enumerable.Range(1, 200).Select(i => TestAlerts.Fire(Domain.Catalog.CatalogCodes.DiskUploadTimedOut, vmId: $"vm-{i:000}"))]);

        var message = TeamsMessage.Create(group, NotificationKind.Firing);

        message.Utf8Json.Length.ShouldBeLessThanOrEqualTo(28_000);
        Texts(Card(message)).ShouldContain($"…and {message.AlertsOmitted} more alerts");
    }

    [Fact]
    public void Create_HugeTexts_CutsThemRatherThanFail()
    {
        var huge = new string('x', 100_000);
        var alert = Diagnosed() with
        {
            Summary = huge,
            ProbableCauses = [.. Enumerable.Range(0, 50).Select(i => new AlertCause(huge, CauseConfidence.Likely, [huge, huge, huge]))],
            RecommendedActions = [.. Enumerable.Repeat(huge, 50)],
        };

        var message = TeamsMessage.Create(Group([.. Enumerable.Range(0, 300).Select(i => alert with { VmId = $"vm-{i}" })]), NotificationKind.Firing);

        message.Utf8Json.Length.ShouldBeLessThanOrEqualTo(28_000);
        Texts(Card(message)).ShouldContain(t => t.EndsWith('…'));
    }

    [Fact]
    public void Create_NonAsciiText_CountsUtf8BytesAndKeepsItReadable()
    {
        var alert = Diagnosed() with { Summary = "Plattenübertragung hängt bei 6 % — Platte voll" };

        var message = TeamsMessage.Create(Group(alert), NotificationKind.Firing);

        System.Text.Encoding.UTF8.GetString(message.Utf8Json.Span).ShouldContain("Plattenübertragung hängt bei 6 % — Platte voll");
    }

    [Fact]
    public void Create_SmallerLimit_IsHonoured()
    {
        var group = Group([.. Enumerable.Range(1, 40).Select(i => Diagnosed($"vm-{i:00}"))]);

        var message = TeamsMessage.Create(group, NotificationKind.Firing, new TeamsCardOptions { MaxBytes = 8_000 });

        message.Utf8Json.Length.ShouldBeLessThanOrEqualTo(8_000);
    }

    [Fact]
    public void Create_GroupOfReceiverWithSecrets_CarriesNoSecret()
    {
        var text = System.Text.Encoding.UTF8.GetString(TeamsMessage.Create(Group(Diagnosed()), NotificationKind.Firing).Utf8Json.Span);

        text.ShouldNotContain(TestSettings.Signature);
        text.ShouldNotContain("logic.azure.com");
        text.ShouldNotContain(TestSettings.Password);
    }
}

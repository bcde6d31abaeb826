using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.TestUtilities.Notifications;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Api.Tests.Notifications;

public sealed class AlertDeliveryIndexTests
{
    private static readonly DateTimeOffset s_at = TestAlerts.FiredAt;
    private static readonly NotificationTarget s_teams = new("teams:0", "Teams https://prod-01.westeurope.logic.azure.com");
    private static readonly NotificationTarget s_email = new("email:0", "Email to oncall@contoso.com");

    private static readonly NotificationPolicy s_policy = NotificationPolicy.Create(new NotificationOptions
    {
        Route = new RouteOptions { Receiver = "oncall" },
        Receivers = [new ReceiverOptions { Name = "oncall", Teams = [new TeamsTargetOptions { WebhookUrl = "https://prod-01.westeurope.logic.azure.com/workflows/x?sig=s" }] }],
    });

    [Fact]
    public void NoReceiverConfigured_SaysNone()
    {
        var alert = TeamsGroups.Diagnosed();

        new AlertDeliveryIndex(NotificationPolicy.None, []).For(alert).ShouldBe(AlertNotificationsView.NoReceiver);
    }

    [Fact]
    public void AlertNoGroupHolds_IsWaiting()
    {
        var view = new AlertDeliveryIndex(s_policy, []).For(TeamsGroups.Diagnosed());

        view.State.ShouldBe("waiting");
        view.Receivers.ShouldBeEmpty();
    }

    [Fact]
    public void EachTarget_TellsItsOwnState_AndTheAlertTheWorst()
    {
        var alert = TeamsGroups.Diagnosed();
        var group = Group(alert, sequence: 3,
            new TargetDelivery(s_teams) { Sequence = 3, State = DeliveryState.Delivered, Attempts = 2, DeliveredSequence = 3, DeliveredAt = s_at, LastAttemptAt = s_at },
            new TargetDelivery(s_email) { Sequence = 3, State = DeliveryState.Failed, Attempts = 1, LastError = "535 credentials refused", LastAttemptAt = s_at });

        var view = new AlertDeliveryIndex(s_policy, [group]).For(alert);

        view.State.ShouldBe("failed");
        view.Receivers.ShouldBe(
        [
            new TargetNotificationView("oncall", "teams:0", s_teams.Description, "delivered", 2, s_at, s_at, null),
            new TargetNotificationView("oncall", "email:0", s_email.Description, "failed", 1, s_at, null, "535 credentials refused"),
        ]);
    }

    [Fact]
    public void AnAlertInALaterNotificationThanTheLastDelivered_IsPending()
    {
        var alert = TeamsGroups.Diagnosed();
        var group = Group(alert, sequence: 4,
            new TargetDelivery(s_teams) { Sequence = 4, State = DeliveryState.Pending, Attempts = 3, DeliveredSequence = 3, DeliveredAt = s_at, LastError = "HTTP 503" });

        var target = new AlertDeliveryIndex(s_policy, [group]).For(alert).Receivers.Single();

        target.State.ShouldBe("pending");
        target.DeliveredAt.ShouldBeNull();
        target.LastError.ShouldBe("HTTP 503");
    }

    [Fact]
    public void AnAlertNotYetInANotification_IsWaiting()
    {
        var alert = TeamsGroups.Diagnosed();
        var group = Group(alert, sequence: null, new TargetDelivery(s_teams) { Sequence = 2, State = DeliveryState.Delivered, DeliveredSequence = 2, DeliveredAt = s_at });

        new AlertDeliveryIndex(s_policy, [group]).For(alert).State.ShouldBe("waiting");
    }

    [Fact]
    public void AnotherEpisodeOfTheSameKey_IsNotConfusedWithThisOne()
    {
        var earlier = TeamsGroups.Diagnosed();
        var later = earlier with { Id = AlertIds.For(earlier.Key, s_at.AddHours(1)) };
        var group = Group(earlier, sequence: 1, new TargetDelivery(s_teams) { Sequence = 1, State = DeliveryState.Delivered, DeliveredSequence = 1, DeliveredAt = s_at });

        new AlertDeliveryIndex(s_policy, [group]).For(later).State.ShouldBe("waiting");
    }

    private static NotificationGroupStatus Group(Alert alert, int? sequence, params TargetDelivery[] deliveries) =>
        new("oncall|Route|applianceId=appl-01,code=DiskUploadTimedOut", "oncall", [new NotifiedAlert(alert.DedupKey, alert.Id, sequence)], 0, deliveries);
}

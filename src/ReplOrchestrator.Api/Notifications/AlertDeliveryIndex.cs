using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Notifications;
using States = ReplOrchestrator.Api.Notifications.AlertNotificationsView.States;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>The notification groups' statuses, indexed by alert episode, to tell each alert's delivery state (pure).</summary>
internal sealed class AlertDeliveryIndex
{
    private readonly NotificationPolicy _policy;
    private readonly ILookup<string, (NotificationGroupStatus Group, NotifiedAlert Alert)> _byAlertId;

    public AlertDeliveryIndex(NotificationPolicy policy, IEnumerable<NotificationGroupStatus> groups)
    {
        _policy = policy;
        _byAlertId = groups.SelectMany(g => g.Alerts.Select(a => (Group: g, Alert: a))).ToLookup(e => e.Alert.AlertId, StringComparer.Ordinal);
    }

    /// <summary>How <paramref name="alert"/> fares at every target it was routed to.</summary>
    public AlertNotificationsView For(Alert alert)
    {
        if (!_policy.IsEnabled)
        {
            return AlertNotificationsView.NoReceiver;
        }

        var targets = _byAlertId[alert.Id]
            .SelectMany(e => e.Group.Deliveries.Select(d => View(e.Group.Receiver, e.Alert, d)))
            .ToList();
        return new AlertNotificationsView(Worst(targets), targets);
    }

    private static TargetNotificationView View(string receiver, NotifiedAlert alert, TargetDelivery delivery)
    {
        var state = alert.Sequence switch
        {
            null => States.Waiting,
            { } sequence when delivery.DeliveredSequence >= sequence => States.Delivered,
            { } sequence when delivery.Sequence >= sequence && delivery.State == DeliveryState.Failed => States.Failed,
            _ => States.Pending,
        };
        var delivered = state == States.Delivered;
        return new TargetNotificationView(
            receiver, delivery.Target.Id, delivery.Target.Description, state, delivery.Attempts, delivery.LastAttemptAt,
            delivered ? delivery.DeliveredAt : null, delivered ? null : delivery.LastError);
    }

    private static string Worst(IReadOnlyList<TargetNotificationView> targets) =>
        targets.Count == 0 ? States.Waiting
        : targets.Any(t => t.State == States.Failed) ? States.Failed
        : targets.Any(t => t.State == States.Pending) ? States.Pending
        : targets.Any(t => t.State == States.Waiting) ? States.Waiting
        : States.Delivered;
}

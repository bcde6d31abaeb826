namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// A notification group's custom status: which alert episodes it told about in which notification, and how each
/// target fared. The API joins it to the alerts by <see cref="NotifiedAlert.AlertId"/>.
/// </summary>
/// <param name="Key">The group key.</param>
/// <param name="Receiver">The receiver's name.</param>
/// <param name="Alerts">The group's alerts and its recent resolutions, at most <see cref="GroupLimits.StatusAlerts"/>.</param>
/// <param name="AlertsOmitted">How many more the group holds than <see cref="Alerts"/> names.</param>
/// <param name="Deliveries">Each target's delivery state.</param>
public sealed record NotificationGroupStatus(
    string Key, string Receiver, IReadOnlyList<NotifiedAlert> Alerts, int AlertsOmitted, IReadOnlyList<TargetDelivery> Deliveries)
{
    /// <summary>The status of <paramref name="state"/>.</summary>
    public static NotificationGroupStatus Of(NotificationGroupState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var alerts = state.Members.Select(m => new NotifiedAlert(m.DedupKey, m.Entry.Alert.Id, m.NotifiedSequence))
            .Concat(state.RecentlyResolved.Reverse())
            .ToList();
        return new NotificationGroupStatus(
            state.Key, state.Receiver, [.. alerts.Take(GroupLimits.StatusAlerts)], Math.Max(0, alerts.Count - GroupLimits.StatusAlerts), state.Deliveries);
    }
}

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>When a route's groups are notified, as Alertmanager times them.</summary>
/// <param name="GroupWait">The wait before a new group's first notification.</param>
/// <param name="GroupInterval">The wait before telling about changes (new or resolved alerts) to a group already notified.</param>
/// <param name="RepeatInterval">The wait before notifying a group still firing, unchanged, again; checked at each group interval.</param>
public readonly record struct NotificationTiming(TimeSpan GroupWait, TimeSpan GroupInterval, TimeSpan RepeatInterval)
{
    /// <summary>Alertmanager's defaults: 30 s, 5 min, 4 h.</summary>
    public static NotificationTiming Default { get; } =
        new(NotificationDefaults.GroupWait, NotificationDefaults.GroupInterval, NotificationDefaults.RepeatInterval);

    /// <summary>These timings with the ones <paramref name="route"/> sets instead.</summary>
    public NotificationTiming With(RouteOptions route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return new(route.GroupWait ?? GroupWait, route.GroupInterval ?? GroupInterval, route.RepeatInterval ?? RepeatInterval);
    }
}

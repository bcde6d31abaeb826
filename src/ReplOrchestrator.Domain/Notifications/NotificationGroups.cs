namespace ReplOrchestrator.Domain.Notifications;

/// <summary>Groups alerts for notification: each alert routed, then gathered by group key.</summary>
public static class NotificationGroups
{
    /// <summary>
    /// The groups <paramref name="alerts"/> form under <paramref name="policy"/> at <paramref name="now"/> (which
    /// decides escalation), ordered by key. An alert that several routes take (<c>Continue</c>) is in each of their
    /// groups; an alert listed twice (same dedup key) counts once, as its latest-seen version. Resolved alerts stay in
    /// their groups whatever the receiver wants (see <see cref="NotificationGroup.HasNotification"/>). Without
    /// notifications configured there are no groups.
    /// </summary>
    public static IReadOnlyList<NotificationGroup> Of(NotificationPolicy policy, IEnumerable<NotificationCandidate> alerts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(alerts);
        var latest = alerts
            .GroupBy(c => c.Alert.DedupKey, StringComparer.Ordinal)
            .Select(same => same.MaxBy(c => c.Alert.LastSeen));
        var groups = new Dictionary<string, (RouteMatch Match, List<LabeledAlert> Alerts)>(StringComparer.Ordinal);
        foreach (var candidate in latest)
        {
            var labels = policy.Labels(candidate.Alert, candidate.Host, now);
            foreach (var match in policy.Route(labels))
            {
                if (!groups.TryGetValue(match.GroupKey, out var group))
                {
                    group = (match, []);
                    groups.Add(match.GroupKey, group);
                }

                group.Alerts.Add(new LabeledAlert(candidate.Alert, labels));
            }
        }

        return
        [
            .. groups.Values
                .OrderBy(g => g.Match.GroupKey, StringComparer.Ordinal)
                .Select(g => new NotificationGroup(
                    g.Match.GroupKey,
                    g.Match.Receiver,
                    g.Match.RoutePath,
                    g.Match.Timing,
                    g.Match.GroupLabels,
                    policy.Receiver(g.Match.Receiver).SendResolved,
                    [.. g.Alerts.OrderBy(a => a.Alert.DedupKey, StringComparer.Ordinal)])),
        ];
    }
}

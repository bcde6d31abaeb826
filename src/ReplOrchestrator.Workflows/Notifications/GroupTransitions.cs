using System.Security.Cryptography;
using System.Text;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// How a notification group answers its alerts' news, when it notifies and what, and how deliveries fare (pure;
/// the orchestration supplies the time). The timing is Alertmanager's: a new group waits <c>GroupWait</c> to gather
/// its alerts; news for a group already told waits until <c>GroupInterval</c> after the last notification; a group
/// that still fires with no news is told again after <c>RepeatInterval</c>.
/// </summary>
internal static class GroupTransitions
{
    private const int RememberedSignals = 50;
    private const int RememberedResolutions = 100;

    /// <summary>The state after <paramref name="signal"/> arrived at <paramref name="now"/>.</summary>
    public static NotificationGroupState Apply(NotificationGroupState state, GroupSignal signal, DateTimeOffset now)
    {
        if (state.RecentSignals.Contains(signal.SignalId))
        {
            return state;
        }

        var next = signal.Kind == GroupSignalKind.Upsert ? Upsert(state, signal, now) : Without(state, signal.DedupKey);
        return next with { RecentSignals = [.. state.RecentSignals.TakeLast(RememberedSignals - 1), signal.SignalId] };
    }

    /// <summary>
    /// At <see cref="NotificationGroupState.FlushAt"/>: makes the notification the group's news (or a due repeat) calls
    /// for, puts it in the outbox for every target, and forgets the resolved alerts it told about.
    /// </summary>
    public static NotificationGroupState Flush(NotificationGroupState state, DateTimeOffset now)
    {
        var firing = state.Members.Where(m => m.Entry.Alert.Status == AlertStatus.Firing).ToList();
        var resolved = state.Members.Where(m => m.News == MemberNews.Resolved).ToList();
        var kind = KindFor(state, firing, resolved, now);
        var stillFiring = firing.Count > 0;
        if (kind is null)
        {
            // Only resolutions the receiver does not want: they leave quietly, and an emptied group ends its episode.
            return state with
            {
                Members = [.. firing.Select(m => m with { News = MemberNews.None })],
                RecentlyResolved = Remembered(state, resolved, sequence: null),
                EpisodeId = stillFiring ? state.EpisodeId : null,
                FlushAt = stillFiring && state.LastNotifiedAt is { } last ? last + state.Timing.RepeatInterval : null,
            };
        }

        var episode = state.EpisodeId ?? EpisodeIdFor(state.Key, now);
        var sequence = state.NextSequence;
        var first = state.EpisodeId is null ? sequence : state.EpisodeFirstSequence;
        // In the order the alerts joined: the first to fail leads the card and the mail, and is the one kept in full.
        var told = state.Members.Where(m => m.Entry.Alert.Status == AlertStatus.Firing || (state.SendResolved && m.News == MemberNews.Resolved));
        var group = new NotificationGroup(
            state.Key, state.Receiver, state.RoutePath, state.Timing, state.GroupLabels, state.SendResolved, [.. told.Select(m => m.Entry)]);
        var notification = new PendingNotification(sequence, kind.Value, new NotificationThread(episode, sequence - first), group, now);
        return state with
        {
            Members = [.. firing.Select(m => m with { News = MemberNews.None, NotifiedSequence = sequence })],
            RecentlyResolved = Remembered(state, resolved, state.SendResolved ? sequence : null),
            EpisodeId = stillFiring ? episode : null,
            EpisodeFirstSequence = first,
            NextSequence = sequence + 1,
            LastNotifiedAt = now,
            FlushAt = stillFiring ? now + state.Timing.RepeatInterval : null,
            Outbox = notification,
            Deliveries = [.. state.Targets.Select(t => Delivery(state, t) with
            {
                Sequence = sequence, State = DeliveryState.Pending, Attempts = 0, NextAttemptAt = now, LastError = null,
            })],
        };
    }

    /// <summary>The state after one attempt to deliver the outbox's notification to <paramref name="targetId"/>.</summary>
    public static NotificationGroupState Record(NotificationGroupState state, string targetId, int sequence, DeliveryAttempt attempt, DateTimeOffset now)
    {
        var deliveries = state.Deliveries.Select(d => d.Target.Id != targetId || d.Sequence != sequence ? d : Recorded(d, attempt, now)).ToList();
        var done = deliveries.All(d => d.State != DeliveryState.Pending);
        return state with { Deliveries = deliveries, Outbox = done ? null : state.Outbox };
    }

    /// <summary>The targets whose attempt is due at <paramref name="now"/>.</summary>
    public static IReadOnlyList<TargetDelivery> Due(NotificationGroupState state, DateTimeOffset now) =>
        state.Outbox is null ? [] : [.. state.Deliveries.Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now)];

    /// <summary>The group's episode id: the same for the same group and start on every replay, and hex, so mail ids can carry it.</summary>
    public static string EpisodeIdFor(string key, DateTimeOffset start)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{start.UtcTicks}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    private static NotificationGroupState Upsert(NotificationGroupState state, GroupSignal signal, DateTimeOffset now)
    {
        var entry = signal.Alert ?? throw new ArgumentException("An upsert carries the alert.", nameof(signal));
        state = signal.Route is { } route
            ? state with
            {
                Receiver = route.Receiver, RoutePath = route.RoutePath, Timing = route.Timing, GroupLabels = route.GroupLabels,
                SendResolved = signal.SendResolved, Targets = signal.Targets,
            }
            : state;
        var members = state.Members.ToList();
        var index = members.FindIndex(m => m.DedupKey == entry.Alert.DedupKey);
        var firing = entry.Alert.Status == AlertStatus.Firing;
        if (index < 0 || (firing && members[index].Entry.Alert.Id != entry.Alert.Id))
        {
            if (!firing)
            {
                // Resolved before the group ever held it: nobody here was told, nobody needs to be.
                return state;
            }

            members.RemoveAll(m => m.DedupKey == entry.Alert.DedupKey);
            members.Add(new GroupMember(GroupLimits.Kept(entry, members.Count)));
            return Scheduled(state with { Members = members }, now);
        }

        var member = members[index];
        entry = GroupLimits.Kept(entry, index);
        if (!firing)
        {
            if (member.NotifiedSequence is null)
            {
                members.RemoveAt(index);
                return state with { Members = members };
            }

            members[index] = member with { Entry = entry, News = MemberNews.Resolved };
            return Scheduled(state with { Members = members }, now);
        }

        var news = AlertChanges.IsMaterial(member.Entry.Alert, entry.Alert) && member.News == MemberNews.None ? MemberNews.Updated : member.News;
        members[index] = member with { Entry = entry, News = news };
        state = state with { Members = members };
        return news == member.News ? state : Scheduled(state, now);
    }

    private static NotificationGroupState Without(NotificationGroupState state, string dedupKey) =>
        state with { Members = [.. state.Members.Where(m => m.DedupKey != dedupKey)] };

    // News waits for the group wait in a group not yet told, else for the group interval since the last notification.
    private static NotificationGroupState Scheduled(NotificationGroupState state, DateTimeOffset now)
    {
        var at = state.EpisodeId is null || state.LastNotifiedAt is not { } last
            ? now + state.Timing.GroupWait
            : Max(now, last + state.Timing.GroupInterval);
        return state.FlushAt is { } due && due <= at ? state : state with { FlushAt = at };
    }

    private static NotificationKind? KindFor(NotificationGroupState state, List<GroupMember> firing, List<GroupMember> resolved, DateTimeOffset now)
    {
        if (firing.Any(m => m.News == MemberNews.New))
        {
            return NotificationKind.Firing;
        }

        if (firing.Any(m => m.News == MemberNews.Updated))
        {
            return NotificationKind.Updated;
        }

        if (resolved.Count > 0 && state.SendResolved)
        {
            return firing.Count > 0 ? NotificationKind.Firing : NotificationKind.Resolved;
        }

        var repeatDue = firing.Count > 0 && state.LastNotifiedAt is { } last && now >= last + state.Timing.RepeatInterval;
        return repeatDue ? NotificationKind.Firing : null;
    }

    // A resolution told in notification `sequence` (or, when the receiver does not want resolutions, in none: then the
    // last firing notification that included the alert stands).
    private static IReadOnlyList<NotifiedAlert> Remembered(NotificationGroupState state, List<GroupMember> resolved, int? sequence) =>
        [.. state.RecentlyResolved.Concat(resolved.Select(m => new NotifiedAlert(m.DedupKey, m.Entry.Alert.Id, sequence ?? m.NotifiedSequence))).TakeLast(RememberedResolutions)];

    private static TargetDelivery Delivery(NotificationGroupState state, NotificationTarget target) =>
        state.Deliveries.FirstOrDefault(d => d.Target.Id == target.Id) is { } known ? known with { Target = target } : new TargetDelivery(target);

    private static TargetDelivery Recorded(TargetDelivery delivery, DeliveryAttempt attempt, DateTimeOffset now)
    {
        var attempts = delivery.Attempts + 1;
        var recorded = delivery with { Attempts = attempts, LastAttemptAt = now };
        return attempt.Outcome switch
        {
            DeliveryOutcome.Delivered => recorded with
            {
                State = DeliveryState.Delivered, NextAttemptAt = null, LastError = null, DeliveredSequence = delivery.Sequence, DeliveredAt = now,
            },
            DeliveryOutcome.Refused => recorded with { State = DeliveryState.Failed, NextAttemptAt = null, LastError = attempt.Reason },
            _ => recorded with
            {
                State = DeliveryState.Pending, NextAttemptAt = now + DeliveryBackoff.After(attempts, attempt.RetryAfter), LastError = attempt.Reason,
            },
        };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>A notification group's input, carried from one generation to the next.</summary>
/// <param name="Key">The group key (<see cref="RouteMatch.GroupKey"/>).</param>
public sealed record NotificationGroupState(string Key)
{
    /// <summary>The receiver's name.</summary>
    public string Receiver { get; init; } = string.Empty;

    /// <summary>The route that forms the group.</summary>
    public string RoutePath { get; init; } = string.Empty;

    /// <summary>The route's timings.</summary>
    public NotificationTiming Timing { get; init; } = NotificationTiming.Default;

    /// <summary>The group-by labels and their values.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GroupLabels { get; init; } = [];

    /// <summary>Whether the receiver is told about resolutions.</summary>
    public bool SendResolved { get; init; } = true;

    /// <summary>The receiver's targets, as the newest signal named them.</summary>
    public IReadOnlyList<NotificationTarget> Targets { get; init; } = [];

    /// <summary>The group's alerts: firing, or resolved and not yet told.</summary>
    public IReadOnlyList<GroupMember> Members { get; init; } = [];

    /// <summary>The current episode (from the first firing notification to the resolution); null between episodes.</summary>
    public string? EpisodeId { get; init; }

    /// <summary>The sequence the group's next notification gets: it only grows, so deliveries compare across episodes.</summary>
    public int NextSequence { get; init; }

    /// <summary>The sequence of the current episode's first notification; a notification's place in its thread counts from it.</summary>
    public int EpisodeFirstSequence { get; init; }

    /// <summary>When the group last made a notification.</summary>
    public DateTimeOffset? LastNotifiedAt { get; init; }

    /// <summary>When the group next decides whether to notify (the group wait's or interval's end, or a repeat check).</summary>
    public DateTimeOffset? FlushAt { get; init; }

    /// <summary>The notification being delivered; null once every target accepted or refused it.</summary>
    public PendingNotification? Outbox { get; init; }

    /// <summary>Each target's delivery state.</summary>
    public IReadOnlyList<TargetDelivery> Deliveries { get; init; } = [];

    /// <summary>Alerts that resolved and left the group, newest last, so the API can still show how their resolution went.</summary>
    public IReadOnlyList<NotifiedAlert> RecentlyResolved { get; init; } = [];

    /// <summary>Ids of the most recent signals, to ignore redeliveries.</summary>
    public IReadOnlyList<string> RecentSignals { get; init; } = [];

    /// <summary>When the orchestration acts next on its own: a flush or a delivery retry.</summary>
    public DateTimeOffset? NextWake() =>
        Deliveries.Where(d => d.State == DeliveryState.Pending && Outbox is not null).Select(d => d.NextAttemptAt)
            .Append(FlushAt).Where(t => t is not null).Min();
}

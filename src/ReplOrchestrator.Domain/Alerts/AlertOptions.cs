using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>When alerts notify; bound from <c>Repl:Alerts</c>.</summary>
public sealed record AlertOptions : IValidatedOptions
{
    /// <summary>30 seconds: Prometheus Alertmanager's default <c>group_wait</c>.</summary>
    public static readonly TimeSpan DefaultGroupWait = TimeSpan.FromSeconds(30);

    /// <summary>4 hours: Prometheus Alertmanager's default <c>repeat_interval</c>.</summary>
    public static readonly TimeSpan DefaultRepeatInterval = TimeSpan.FromHours(4);

    /// <summary>How long a new alert waits before its first notification, so alerts raised together go out together.</summary>
    /// <value>Defaults to <see cref="DefaultGroupWait"/> (30 s); 0 to 1 h.</value>
    public TimeSpan GroupWait { get; init; } = DefaultGroupWait;

    /// <summary>How long after a notification a still-firing alert notifies again.</summary>
    /// <value>Defaults to <see cref="DefaultRepeatInterval"/> (4 h); 1 s to 7 days.</value>
    public TimeSpan RepeatInterval { get; init; } = DefaultRepeatInterval;

    /// <summary>Whether a firing alert last notified at <paramref name="lastNotifiedAt"/> should notify again at <paramref name="at"/>.</summary>
    public bool ShouldRepeat(DateTimeOffset lastNotifiedAt, DateTimeOffset at) => at - lastNotifiedAt >= RepeatInterval;

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate() => new OptionRules()
        .Between(nameof(GroupWait), GroupWait, TimeSpan.Zero, TimeSpan.FromHours(1))
        .Between(nameof(RepeatInterval), RepeatInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7))
        .Problems;
}

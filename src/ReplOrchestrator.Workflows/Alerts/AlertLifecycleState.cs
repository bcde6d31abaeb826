using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>An alert lifecycle's input, carried from one generation to the next.</summary>
/// <param name="Key">The dedup key.</param>
public sealed record AlertLifecycleState(AlertKey Key)
{
    /// <summary>Where the lifecycle is.</summary>
    public AlertPhase Phase { get; init; } = AlertPhase.Idle;

    /// <summary>The alert as it stands (firing or resolved); <see langword="null"/> while idle.</summary>
    public Alert? Alert { get; init; }

    /// <summary>The VM's host, for host-scoped silences.</summary>
    public string? HostName { get; init; }

    /// <summary>
    /// When the lifecycle acts next on its own: the grouping wait's end, the resolve hold's end, the
    /// next repeat, a re-check of a muted alert, or a retry of a failed publish.
    /// </summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Why the condition cleared, for the resolved notification.</summary>
    public string? ResolveReason { get; init; }

    /// <summary>When a notification about this alert was last published.</summary>
    public DateTimeOffset? LastNotifiedAt { get; init; }

    /// <summary>True once a firing notification went out, so a resolved one must follow.</summary>
    public bool NotifiedFiring { get; init; }

    /// <summary>What muted the last notification, if anything (a silence id or the inhibiting alert).</summary>
    public string? MutedBy { get; init; }

    /// <summary>The keys of the notification groups that hold the alert: its resolution goes to them.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>Ids of the most recent signals, to ignore redeliveries.</summary>
    public IReadOnlyList<string> RecentSignals { get; init; } = [];

    /// <summary>
    /// The key's earlier episodes, each as it stood when it resolved, oldest first; at most
    /// <see cref="MonitorOptions.AlertHistory"/>. <see cref="Alert"/> is the current episode and is not among them.
    /// </summary>
    public IReadOnlyList<Alert> History { get; init; } = [];

    /// <summary>
    /// True when this generation began with <see cref="History"/> kept: it then ends as soon as it moves an
    /// episode into the history, so the input readers take the history from is never behind. A generation
    /// that began before histories were kept goes on as it began, because its replay must match its history.
    /// </summary>
    public bool KeepsHistory { get; init; }
}

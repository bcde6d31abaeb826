namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>The <c>PublishAlert</c> activity's result.</summary>
/// <param name="Published">True when the alert went on the topic; false when muted.</param>
/// <param name="MutedBy">What muted it: <c>silence {id}</c> or <c>inhibited by {dedup key}</c>.</param>
public sealed record PublishOutcome(bool Published, string? MutedBy)
{
    /// <summary>The keys of the notification groups that hold the alert now; null from results recorded before notifications.</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>When the alert must be routed again because its routing changes by itself (an escalation); null when never.</summary>
    public DateTimeOffset? RerouteAt { get; init; }
}

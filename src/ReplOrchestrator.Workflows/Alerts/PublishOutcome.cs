namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>The <c>PublishAlert</c> activity's result.</summary>
/// <param name="Published">True when the alert went on the topic; false when muted.</param>
/// <param name="MutedBy">What muted it: <c>silence {id}</c> or <c>inhibited by {dedup key}</c>.</param>
public sealed record PublishOutcome(bool Published, string? MutedBy);

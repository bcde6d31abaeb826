namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>What a Teams card may link to and how large it may grow; a mail given these options ignores the size.</summary>
public sealed record TeamsCardOptions : NotificationContentOptions
{
    /// <summary>The largest serialized message, in bytes of UTF-8 JSON.</summary>
    /// <value>
    /// Defaults to 28,000: Teams Workflows webhooks answer 413 above about 28 KB. Longer groups are cut with an
    /// "…and N more" line, never refused.
    /// </value>
    public int MaxBytes { get; init; } = 28_000;
}

namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>
/// How one POST of a Teams message ended. The sender does not retry; its durable caller does, so a retry survives
/// a restart and no 2xx is ever followed by a second post.
/// </summary>
public abstract record TeamsDeliveryResult
{
    private TeamsDeliveryResult()
    {
    }

    /// <summary>Teams accepted the message (a 2xx answer): do not send it again.</summary>
    public sealed record Delivered : TeamsDeliveryResult;

    /// <summary>Teams throttled the post and said when to come back (<c>Retry-After</c>).</summary>
    /// <param name="Delay">How long to wait before the next attempt; never negative.</param>
    public sealed record RetryAfter(TimeSpan Delay) : TeamsDeliveryResult;

    /// <summary>The post failed.</summary>
    /// <param name="Reason">What happened, for the log and the API; never contains the webhook URL.</param>
    /// <param name="Permanent">
    /// True for a configuration error (a 4xx other than 408 and 429: a deleted workflow, a wrong URL) that
    /// retrying cannot fix; false for an outage (5xx, 408, timeout, refused connection) to retry with backoff.
    /// </param>
    public sealed record Failed(string Reason, bool Permanent) : TeamsDeliveryResult;
}

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// How one attempt to deliver a notification to one target (a Teams webhook, an SMTP server) ended. Senders do not
/// retry; their durable caller does, so a retry survives a restart and nothing accepted is ever sent again.
/// </summary>
public abstract record DeliveryResult
{
    private DeliveryResult()
    {
    }

    /// <summary>The target accepted the notification (a 2xx answer, an SMTP 250): do not send it again.</summary>
    public sealed record Delivered : DeliveryResult;

    /// <summary>The target throttled the attempt and said when to come back (Teams' <c>Retry-After</c>).</summary>
    /// <param name="Delay">How long to wait before the next attempt; never negative.</param>
    public sealed record RetryAfter(TimeSpan Delay) : DeliveryResult;

    /// <summary>The attempt failed.</summary>
    /// <param name="Reason">What happened, for the log and the API; never contains a webhook URL or a password.</param>
    /// <param name="Permanent">
    /// True for a configuration error that retrying cannot fix (an HTTP 4xx other than 408 and 429: a deleted
    /// workflow, a wrong URL; an SMTP 5xx: refused credentials or recipients); false for an outage (HTTP 5xx, 408,
    /// an SMTP 4xx, a timeout, a refused connection) to retry with backoff.
    /// </param>
    public sealed record Failed(string Reason, bool Permanent) : DeliveryResult;
}

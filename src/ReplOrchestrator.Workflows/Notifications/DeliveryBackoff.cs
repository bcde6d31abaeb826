namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>When a notification that did not reach its target is tried again.</summary>
/// <remarks>
/// Retries go on for as long as the notification is the group's newest: an outage of any length ends with the
/// notification delivered within <see cref="MaxDelay"/> of the target coming back, and a newer notification (which
/// tells the group as it then stands) replaces it rather than queueing behind it, so nothing piles up.
/// </remarks>
internal static class DeliveryBackoff
{
    /// <summary>The wait after the first failed attempt: 10 seconds, doubling after each further one.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between attempts without a <c>Retry-After</c>: 5 minutes.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(5);

    /// <summary>The longest <c>Retry-After</c> honoured as given: 1 hour (a longer one is cut to it).</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    /// <summary>The shortest wait, even when a target asks for none: 1 second.</summary>
    public static readonly TimeSpan MinDelay = TimeSpan.FromSeconds(1);

    /// <summary>The wait after <paramref name="attempts"/> failed attempts, or the target's own <paramref name="retryAfter"/>.</summary>
    public static TimeSpan After(int attempts, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
        {
            return Clamp(asked, MinDelay, MaxRetryAfter);
        }

        var doublings = Math.Clamp(attempts - 1, 0, 16);
        return Clamp(FirstDelay * Math.Pow(2, doublings), MinDelay, MaxDelay);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;
}

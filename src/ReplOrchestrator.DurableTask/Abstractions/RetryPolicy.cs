namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// How a failed activity or sub-orchestration is retried: how often, and how long to wait between
/// attempts. Waits are durable timers measured in orchestration time, so a retry survives restarts
/// and replays to the same schedule.
/// </summary>
/// <remarks>
/// The wait before retry <c>n</c> (1 for the first retry) is
/// <c>FirstRetryInterval × BackoffCoefficient^(n−1)</c>, capped at <see cref="MaxRetryInterval"/>.
/// No retry is made when the attempts are used up, when the failure is marked non-retriable, when
/// <see cref="ShouldRetry"/> declines it, or when the next attempt would start after
/// <see cref="RetryTimeout"/> (measured from the first attempt).
/// </remarks>
public sealed record RetryPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="maxAttempts">Attempts in all, the first included; at least 1.</param>
    /// <param name="firstRetryInterval">The wait before the first retry; greater than zero.</param>
    /// <param name="backoffCoefficient">What each wait is multiplied by for the next; at least 1. Defaults to 2.</param>
    /// <param name="maxRetryInterval">The longest wait; defaults to one hour, and is never below <paramref name="firstRetryInterval"/>.</param>
    /// <param name="retryTimeout">No attempt starts later than this after the first; defaults to <see cref="Timeout.InfiniteTimeSpan"/> (no limit).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the range given above.</exception>
    public RetryPolicy(
        int maxAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 2.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        if (!(backoffCoefficient >= 1.0) || double.IsInfinity(backoffCoefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(backoffCoefficient), backoffCoefficient, "The backoff coefficient must be a finite number of at least 1.");
        }

        var maxInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInterval, firstRetryInterval, nameof(maxRetryInterval));
        var timeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(retryTimeout));
        }

        MaxAttempts = maxAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxInterval;
        RetryTimeout = timeout;
    }

    /// <summary>Attempts in all, the first included.</summary>
    public int MaxAttempts { get; }

    /// <summary>The wait before the first retry.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>What each wait is multiplied by for the next.</summary>
    /// <value>Defaults to 2 (each wait twice the one before).</value>
    public double BackoffCoefficient { get; }

    /// <summary>The longest wait between two attempts.</summary>
    /// <value>Defaults to one hour.</value>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>No attempt starts later than this after the first.</summary>
    /// <value>Defaults to <see cref="Timeout.InfiniteTimeSpan"/>: no limit.</value>
    public TimeSpan RetryTimeout { get; }

    /// <summary>
    /// Decides from the failure whether to retry; runs inside the orchestrator, so it must be
    /// deterministic. Attempt and time limits apply first.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>: every retriable failure is retried.</value>
    public Func<TaskFailureDetails, bool>? ShouldRetry { get; init; }

    /// <summary>The wait before retry <paramref name="retryNumber"/> (1 for the first retry).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retryNumber"/> is below 1.</exception>
    public TimeSpan GetDelay(int retryNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retryNumber, 1);

        // In double ticks, so a large exponent saturates to infinity and is capped instead of overflowing.
        var ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, retryNumber - 1);
        return ticks < MaxRetryInterval.Ticks ? TimeSpan.FromTicks((long)ticks) : MaxRetryInterval;
    }

    /// <summary>
    /// The wait before the next attempt after <paramref name="failedAttempts"/> failures, or
    /// <see langword="null"/> when the policy gives up.
    /// </summary>
    /// <param name="failedAttempts">Attempts made so far, all failed (1 after the first failure).</param>
    /// <param name="elapsed">Orchestration time since the first attempt started.</param>
    /// <param name="failure">The latest failure.</param>
    public TimeSpan? GetNextDelay(int failedAttempts, TimeSpan elapsed, TaskFailureDetails failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.IsNonRetriable || failedAttempts >= MaxAttempts || (ShouldRetry is { } shouldRetry && !shouldRetry(failure)))
        {
            return null;
        }

        var delay = GetDelay(failedAttempts);
        return RetryTimeout != Timeout.InfiniteTimeSpan && elapsed + delay > RetryTimeout ? null : delay;
    }
}

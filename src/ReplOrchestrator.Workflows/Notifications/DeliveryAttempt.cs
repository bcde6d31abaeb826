using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>The <c>DeliverNotification</c> activity's result.</summary>
/// <param name="Outcome">How the attempt ended.</param>
/// <param name="Reason">Why it failed; never a secret.</param>
/// <param name="RetryAfter">How long the target asked to wait (<see cref="DeliveryOutcome.Throttled"/>).</param>
public sealed record DeliveryAttempt(DeliveryOutcome Outcome, string? Reason = null, TimeSpan? RetryAfter = null)
{
    /// <summary>The attempt as a sender reported it.</summary>
    public static DeliveryAttempt From(DeliveryResult result) => result switch
    {
        DeliveryResult.Delivered => new(DeliveryOutcome.Delivered),
        DeliveryResult.RetryAfter throttled => new(DeliveryOutcome.Throttled, $"Throttled: asked to retry after {throttled.Delay}", throttled.Delay),
        DeliveryResult.Failed { Permanent: true } failed => new(DeliveryOutcome.Refused, failed.Reason),
        DeliveryResult.Failed failed => new(DeliveryOutcome.Unavailable, failed.Reason),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown delivery result."),
    };
}

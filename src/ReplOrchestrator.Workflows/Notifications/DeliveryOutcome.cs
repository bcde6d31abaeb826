namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>How one delivery attempt ended, in the shape durable history keeps (<see cref="Domain.Notifications.DeliveryResult"/> flattened).</summary>
public enum DeliveryOutcome
{
    /// <summary>The target accepted the notification.</summary>
    Delivered,

    /// <summary>The target asked to come back after a while.</summary>
    Throttled,

    /// <summary>An outage: retry with backoff.</summary>
    Unavailable,

    /// <summary>A configuration error: do not retry this notification.</summary>
    Refused,
}

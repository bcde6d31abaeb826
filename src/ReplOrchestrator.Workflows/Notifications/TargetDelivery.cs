using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>How a group's notifications fare at one of its receiver's targets: the API shows it per alert.</summary>
/// <param name="Target">The target, without secrets.</param>
public sealed record TargetDelivery(NotificationTarget Target)
{
    /// <summary>The sequence of the notification being delivered, or last delivered or failed; null before the first.</summary>
    public int? Sequence { get; init; }

    /// <summary>Where that notification stands.</summary>
    public DeliveryState State { get; init; } = DeliveryState.Pending;

    /// <summary>How many attempts that notification has had.</summary>
    public int Attempts { get; init; }

    /// <summary>When the last attempt was made.</summary>
    public DateTimeOffset? LastAttemptAt { get; init; }

    /// <summary>When the next attempt is due, while <see cref="DeliveryState.Pending"/>.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>Why the last attempt failed; null after a delivery. Never a secret.</summary>
    public string? LastError { get; init; }

    /// <summary>The sequence of the newest notification the target accepted.</summary>
    public int? DeliveredSequence { get; init; }

    /// <summary>When the target accepted it.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }
}

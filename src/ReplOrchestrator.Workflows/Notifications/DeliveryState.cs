namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>Where a notification stands at one target.</summary>
public enum DeliveryState
{
    /// <summary>Not delivered yet: waiting for its first attempt or for the next retry.</summary>
    Pending,

    /// <summary>The target accepted it.</summary>
    Delivered,

    /// <summary>The target refused it for a reason retrying cannot fix (a configuration error); not retried.</summary>
    Failed,
}

namespace ReplOrchestrator.Api.Notifications;

/// <summary>How an alert fares at one target of one receiver, as <c>GET /api/alerts</c> shows it.</summary>
/// <param name="Receiver">The receiver's name.</param>
/// <param name="Target">The target's id, <c>teams:{m}</c> or <c>email:{m}</c>.</param>
/// <param name="Description">The target without secrets.</param>
/// <param name="State"><c>waiting</c> (the group has not made the notification yet), <c>pending</c>, <c>delivered</c> or <c>failed</c>.</param>
/// <param name="Attempts">Attempts of the notification that carries the alert.</param>
/// <param name="LastAttemptAt">When it was last tried.</param>
/// <param name="DeliveredAt">When the target accepted it.</param>
/// <param name="LastError">Why the last attempt failed.</param>
public sealed record TargetNotificationView(
    string Receiver, string Target, string Description, string State, int Attempts, DateTimeOffset? LastAttemptAt, DateTimeOffset? DeliveredAt, string? LastError);

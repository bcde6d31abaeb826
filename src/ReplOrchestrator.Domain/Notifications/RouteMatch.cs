namespace ReplOrchestrator.Domain.Notifications;

/// <summary>One route that takes an alert: who is told, in which group, and when.</summary>
/// <param name="Receiver">The receiver's name (see <see cref="NotificationPolicy.Receiver"/>).</param>
/// <param name="GroupKey">
/// Identifies the group: <c>{receiver}|{routePath}|{label=value,…}</c> over the route's group-by labels sorted
/// by name (so their order in configuration does not matter), such as <c>oncall|Route:Routes:0|applianceId=appl-01,code=DiskUploadTimedOut</c>.
/// Alerts with the same key go out in one notification. It has no <c>/</c>, but a reordered route tree changes it.
/// </param>
/// <param name="Timing">The route's group wait, group interval and repeat interval.</param>
/// <param name="RoutePath">The route's configuration path under <c>Repl:Notifications</c>, such as <c>Route:Routes:0</c>.</param>
/// <param name="GroupLabels">The group-by labels and this alert's values for them, in key order.</param>
public sealed record RouteMatch(
    string Receiver, string GroupKey, NotificationTiming Timing, string RoutePath, IReadOnlyList<KeyValuePair<string, string>> GroupLabels);

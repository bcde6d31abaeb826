using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>The notification a group is delivering to its targets: the newest always replaces an older one still undelivered.</summary>
/// <param name="Sequence">Its place among all the group's notifications (its place in the episode is in <paramref name="Thread"/>).</param>
/// <param name="Kind">Firing, updated or resolved.</param>
/// <param name="Thread">The episode and place, for threading.</param>
/// <param name="Group">What it says: the alerts as they stood when it was made.</param>
/// <param name="CreatedAt">When the group made it.</param>
public sealed record PendingNotification(int Sequence, NotificationKind Kind, NotificationThread Thread, NotificationGroup Group, DateTimeOffset CreatedAt);

using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// The <c>DeliverNotification</c> activity's input: one notification for one target. It names the target, never its
/// settings, so no webhook URL or password enters durable history; the sender looks them up when it delivers.
/// </summary>
/// <param name="Receiver">The receiver's name.</param>
/// <param name="TargetId">The target's id (<see cref="NotificationTarget.Id"/>).</param>
/// <param name="Kind">Firing, updated or resolved.</param>
/// <param name="Thread">The episode and place, for threading.</param>
/// <param name="Group">What to tell.</param>
public sealed record DeliveryRequest(string Receiver, string TargetId, NotificationKind Kind, NotificationThread Thread, NotificationGroup Group);

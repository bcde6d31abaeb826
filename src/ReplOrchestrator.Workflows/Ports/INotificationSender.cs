using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Workflows.Ports;

/// <summary>
/// Delivers one notification to one target of a receiver (a Teams channel, a mailbox) once, and says how it went.
/// It never retries: the notification group does, durably, so retries survive restarts and follow <c>Retry-After</c>.
/// </summary>
public interface INotificationSender
{
    /// <summary>One attempt; cancellation is thrown, every other failure is a <see cref="DeliveryResult.Failed"/>.</summary>
    Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken);
}

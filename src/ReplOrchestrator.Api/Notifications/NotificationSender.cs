using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Workflows.Notifications;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>
/// Delivers a notification to the target a receiver names, looking the target's settings (and secrets) up in the
/// configuration at the moment of delivery, so durable history never holds them.
/// </summary>
/// <param name="policy">The receivers and their targets.</param>
/// <param name="teams">Posts Teams cards.</param>
/// <param name="email">Sends mail.</param>
/// <param name="cards">Links and limits of the cards.</param>
internal sealed class NotificationSender(NotificationPolicy policy, TeamsWebhookSender teams, SmtpEmailSender email, TeamsCardOptions cards) : INotificationSender
{
    public async Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        policy.TryGetReceiver(request.Receiver, out var receiver);
        if (receiver is not null && NotificationTarget.IndexOf(request.TargetId, NotificationTarget.TeamsPrefix) is { } teamsIndex && teamsIndex < receiver.Teams.Count)
        {
            var message = TeamsMessage.Create(request.Group, request.Kind, cards);
            return await teams.SendAsync(receiver.Teams[teamsIndex], message.Utf8Json, cancellationToken);
        }

        if (receiver is not null && NotificationTarget.IndexOf(request.TargetId, NotificationTarget.EmailPrefix) is { } emailIndex && emailIndex < receiver.Email.Count)
        {
            return await email.SendAsync(receiver.Email[emailIndex], request.Group, request.Kind, request.Thread, cancellationToken);
        }

        // Settings changed since the notification was made (the host restarted with another configuration).
        return new DeliveryResult.Failed($"Receiver '{request.Receiver}' has no target '{request.TargetId}' any more", Permanent: true);
    }
}

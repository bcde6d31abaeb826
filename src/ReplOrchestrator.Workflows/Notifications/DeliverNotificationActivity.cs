using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// One delivery attempt of one notification to one target. Registered as <see cref="WorkflowNames.DeliverNotification"/>;
/// a failure is a result, not an exception, so the group decides when to try again.
/// </summary>
/// <param name="sender">Delivers to Teams or SMTP.</param>
/// <param name="lifetime">Its stopping token cancels the attempt; the group retries it after the restart.</param>
public sealed class DeliverNotificationActivity(INotificationSender sender, IHostApplicationLifetime lifetime)
    : TaskActivity<DeliveryRequest, DeliveryAttempt>
{
    /// <inheritdoc />
    public override async Task<DeliveryAttempt> RunAsync(TaskActivityContext context, DeliveryRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DeliveryAttempt.From(await sender.SendAsync(input, lifetime.ApplicationStopping));
    }
}

using Azure.Messaging.ServiceBus;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions.Alerts;

/// <summary>
/// Sends alerts to the <c>alerts</c> topic from the publishing activity. The activity may run again after a
/// send (a retry, a host restart); <see cref="AlertMessage.Id"/> makes the repeat a duplicate the topic drops.
/// </summary>
internal sealed class ServiceBusAlertPublisher(ServiceBusSender sender) : IAlertPublisher
{
    /// <inheritdoc />
    public Task PublishAsync(Alert alert, CancellationToken cancellationToken) =>
        sender.SendMessageAsync(AlertMessage.Create(alert), cancellationToken);
}

using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Ports;

/// <summary>
/// Puts an alert on the <c>alerts</c> topic: a Service Bus output binding in Azure, an embedded queue
/// locally. Called from an activity, so at least once: consumers deduplicate by alert id, status and
/// <see cref="Alert.LastSeen"/>.
/// </summary>
public interface IAlertPublisher
{
    /// <summary>Publishes one alert (firing or resolved).</summary>
    Task PublishAsync(Alert alert, CancellationToken cancellationToken);
}

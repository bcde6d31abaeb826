using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// Publishes alerts through the <c>alerts</c> Service Bus output binding of the invocation that runs the
/// publishing activity: the Functions host sends the messages once the invocation succeeds.
/// </summary>
internal sealed class OutputBindingAlertPublisher : IAlertPublisher
{
    /// <exception cref="InvalidOperationException">Called outside a function invocation.</exception>
    public Task PublishAsync(Alert alert, CancellationToken cancellationToken)
    {
        var outputs = InvocationOutputs.Current ?? throw new InvalidOperationException("Alerts can only be published from a function invocation.");
        outputs.Add(FunctionManifest.AlertsOutput, JsonSerializer.SerializeToNode(alert, ContractJson.Options)!);
        return Task.CompletedTask;
    }
}

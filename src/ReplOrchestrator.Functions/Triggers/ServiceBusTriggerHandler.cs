using System.Text;
using System.Text.Json;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Workflows.Appliances;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// Serves the Service Bus triggers: the <c>AlertRouter</c> on the <c>alerts</c> topic's <c>router</c>
/// subscription (routes each alert to the notifiers), and heartbeats arriving on the <c>heartbeats</c>
/// queue (validated and delivered like those posted over HTTP; the sender's identity was checked by the
/// queue's RBAC).
/// </summary>
internal sealed partial class ServiceBusTriggerHandler(
    InvocationDurableClient durableClient, SequenceGate gate, HeartbeatLimits limits, TimeProvider time, ILogger<ServiceBusTriggerHandler> logger) : IInvocationHandler
{
    /// <inheritdoc />
    public FunctionKind Kind => FunctionKind.ServiceBus;

    /// <inheritdoc />
    public async Task<HandlerResult> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var response = new InvocationResponse();
        var body = invocation.Data.TryGetValue(function.TriggerBinding, out var value) ? BindingValue.ReadJson(value) : null;
        if (body is null)
        {
            response.Logs.Add($"{function.Name}: the message has no body");
            return new HandlerResult(StatusCodes.Status200OK, response);
        }

        if (string.Equals(function.Name, FunctionManifest.AlertRouter, StringComparison.Ordinal))
        {
            Route(body, response);
            return new HandlerResult(StatusCodes.Status200OK, response);
        }

        if (invocation.Data.TryGetValue("starter", out var starter))
        {
            durableClient.Accept(DurableClientBinding.Parse(starter));
        }

        return await DeliverHeartbeatAsync(body, response, cancellationToken);
    }

    private void Route(string body, InvocationResponse response)
    {
        var alert = JsonSerializer.Deserialize<Alert>(body, ContractJson.Options);
        if (alert is null)
        {
            response.Logs.Add("AlertRouter: the message is not an alert");
            return;
        }

        // Notifiers (Teams, email) plug in here; until then the alert is recorded in the invocation log.
        var line = $"alert {alert.Status} {alert.Severity} {alert.DedupKey}: {alert.Summary}";
        response.Logs.Add(line);
        LogRouted(line);
    }

    private async Task<HandlerResult> DeliverHeartbeatAsync(string body, InvocationResponse response, CancellationToken cancellationToken)
    {
        var parsed = HeartbeatParser.Parse(Encoding.UTF8.GetBytes(body), time.GetUtcNow(), limits);
        if (!parsed.IsValid)
        {
            // A malformed message never becomes valid: completing it (2xx) keeps it from being retried forever.
            response.Logs.Add($"HeartbeatQueue: refused: {string.Join("; ", parsed.Problems.Take(5))}");
            return new HandlerResult(StatusCodes.Status200OK, response);
        }

        var heartbeat = parsed.Heartbeat;
        var status = await ApplianceMonitorClient.GetStatusAsync(durableClient.Current, heartbeat.ApplianceId, cancellationToken);
        if (gate.TryTake(heartbeat.ApplianceId, heartbeat.Sequence, status?.LastSequence))
        {
            await ApplianceMonitorClient.DeliverHeartbeatAsync(durableClient.Current, heartbeat, time.GetUtcNow(), cancellationToken);
            response.Logs.Add($"HeartbeatQueue: heartbeat {heartbeat.Sequence} of {heartbeat.ApplianceId} delivered");
        }

        return new HandlerResult(StatusCodes.Status200OK, response);
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "{Line}")]
    private partial void LogRouted(string line);
}

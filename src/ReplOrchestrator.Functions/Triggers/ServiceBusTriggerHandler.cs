using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// Serves the Service Bus triggers: the <c>AlertRouter</c> on the <c>alerts</c> topic's <c>router</c>
/// subscription (routes each alert to the notifiers), and heartbeats arriving on the <c>heartbeats</c>
/// queue, validated, authenticated and delivered like those posted over HTTP.
/// </summary>
/// <remarks>
/// The queue's RBAC decides who may send at all, but Service Bus does not tell a receiver who sent a
/// message, so RBAC alone would let one appliance report for another. Each message therefore carries
/// its appliance's key in the application property <c>x-appliance-key</c>, checked like the header.
/// </remarks>
internal sealed partial class ServiceBusTriggerHandler(
    InvocationDurableClient durableClient, HeartbeatIntake intake, HeartbeatLimits limits, ApplianceAuthenticator authenticator, TimeProvider time,
    ILogger<ServiceBusTriggerHandler> logger) : IInvocationHandler
{
    /// <inheritdoc />
    public FunctionKind Kind => FunctionKind.ServiceBus;

    /// <inheritdoc />
    public async Task<HandlerResult> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var response = new InvocationResponse();
        var body = invocation.Data.TryGetValue(function.TriggerBinding, out var value) ? BindingValue.ReadDocument(value) : null;
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

        return await DeliverHeartbeatAsync(body, ApplianceKey(invocation), response, cancellationToken);
    }

    private void Route(string body, InvocationResponse response)
    {
        Alert? alert;
        try
        {
            alert = JsonSerializer.Deserialize<Alert>(body, ContractJson.Options);
        }
        catch (JsonException)
        {
            // Completed, not retried: another delivery of the same bytes would fail the same way.
            alert = null;
        }

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

    private async Task<HandlerResult> DeliverHeartbeatAsync(string body, string? key, InvocationResponse response, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var parsed = HeartbeatParser.Parse(Encoding.UTF8.GetBytes(body), receivedAt, limits);
        if (!parsed.IsValid)
        {
            // A malformed message never becomes valid: completing it (2xx) keeps it from being retried forever.
            response.Logs.Add($"HeartbeatQueue: refused: {string.Join("; ", parsed.Problems.Take(5))}");
            return new HandlerResult(StatusCodes.Status200OK, response);
        }

        var heartbeat = parsed.Heartbeat;
        var authentication = authenticator.Authenticate(key, heartbeat.ApplianceId);
        if (authentication != ApplianceAuthentication.Authenticated)
        {
            // Completed, not retried: the same message never gains a key. The key itself is never logged.
            response.Logs.Add($"HeartbeatQueue: refused heartbeat {heartbeat.Sequence} of {heartbeat.ApplianceId}: {Refusal(authentication)}");
            return new HandlerResult(StatusCodes.Status200OK, response);
        }

        // A failure to store propagates: the message is retried, and the intake has given its sequence back.
        var receipt = await intake.TakeAsync(durableClient.Current, heartbeat, receivedAt, cancellationToken);
        if (!receipt.IsDuplicate)
        {
            response.Logs.Add($"HeartbeatQueue: heartbeat {heartbeat.Sequence} of {heartbeat.ApplianceId} delivered");
        }

        return new HandlerResult(StatusCodes.Status200OK, response);
    }

    /// <summary>The key in the message's application properties (<c>ApplicationProperties</c>, or <c>UserProperties</c> as older extensions name them).</summary>
    private static string? ApplianceKey(InvocationRequest invocation)
    {
        foreach (var name in (string[])["ApplicationProperties", "UserProperties"])
        {
            if (invocation.Metadata.TryGetValue(name, out var value) && ParseObject(BindingValue.ReadJson(value)) is { } properties
                && properties[ApplianceAuthenticator.Header] is JsonValue key && key.TryGetValue<string>(out var text))
            {
                return text;
            }
        }

        return null;
    }

    private static JsonObject? ParseObject(string? json)
    {
        try
        {
            return json is null ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Refusal(ApplianceAuthentication authentication) => authentication switch
    {
        ApplianceAuthentication.MissingKey => $"the message has no {ApplianceAuthenticator.Header} application property",
        ApplianceAuthentication.WrongAppliance => "the key belongs to another appliance; an appliance may only report for itself",
        _ => "the key belongs to no configured appliance",
    };

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "{Line}")]
    private partial void LogRouted(string line);
}

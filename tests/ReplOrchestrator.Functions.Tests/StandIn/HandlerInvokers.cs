using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>
/// The Durable extension's side of the custom-handler protocol: each orchestration episode and each
/// activity becomes a POST of the host's envelope to the handler, values encoded once more as the host
/// encodes them; alerts the handler writes to its <c>alerts</c> output binding are kept as the topic would.
/// </summary>
internal sealed class HandlerInvokers(Uri handler, IReadOnlySet<string> orchestrators, IReadOnlySet<string> activities, JsonObject durableClientBinding)
    : IOrchestrationInvoker, IActivityInvoker
{
    private readonly HttpClient _http = new() { BaseAddress = handler, Timeout = TimeSpan.FromMinutes(1) };

    /// <summary>Every alert sent to the <c>alerts</c> topic, in order.</summary>
    public ConcurrentQueue<Alert> Topic { get; } = new();

    bool IOrchestrationInvoker.IsRegistered(string orchestratorName) => orchestrators.Contains(orchestratorName);

    bool IActivityInvoker.IsRegistered(string activityName) => activities.Contains(activityName);

    public async ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["context"] = JsonSerializer.Serialize(Convert.ToBase64String(request.ToByteArray())) },
            ["Metadata"] = new JsonObject { ["sys"] = new JsonObject { ["MethodName"] = orchestratorName } },
        };
        var body = await PostAsync(orchestratorName, envelope, cancellationToken);
        return OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(body["ReturnValue"]!.GetValue<string>()));
    }

    public async ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject
            {
                ["input"] = invocation.SerializedInput ?? "null",
                ["starter"] = durableClientBinding.ToJsonString(),
            },
            ["Metadata"] = new JsonObject
            {
                ["instanceId"] = JsonSerializer.Serialize(invocation.InstanceId),
                ["sys"] = new JsonObject { ["MethodName"] = invocation.Name },
            },
        };
        using var response = await _http.PostAsJsonAsync(invocation.Name, envelope, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? [];
        if (!response.IsSuccessStatusCode)
        {
            // What the extension records for a non-2xx answer: the function failed, without the handler's text.
            return ActivityResult.Failed(new DurableTask.Abstractions.TaskFailureDetails("FunctionInvocationException", $"Function '{invocation.Name}' failed with an unhandled exception."));
        }

        if (body["Outputs"]?["alerts"] is JsonArray alerts)
        {
            foreach (var alert in alerts)
            {
                Topic.Enqueue(alert.Deserialize<Alert>(ContractJson.Options)!);
            }
        }

        return ActivityResult.Success(body["ReturnValue"]?.ToJsonString());
    }

    /// <summary>Calls an HTTP function with the httpTrigger envelope; returns its <c>res</c> output.</summary>
    public async Task<JsonObject> CallHttpFunctionAsync(string function, HttpMethod method, string path, IReadOnlyDictionary<string, string> headers, string? body, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["Url"] = $"https://repl-func.azurewebsites.net{path}",
            ["Method"] = method.Method,
            ["Query"] = new JsonObject(),
            ["Headers"] = new JsonObject(headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)new JsonArray(h.Value)))),
            ["Params"] = new JsonObject(),
            ["Identities"] = new JsonArray(),
            ["Body"] = body,
        };
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["req"] = request, ["starter"] = durableClientBinding.ToJsonString() },
            ["Metadata"] = new JsonObject { ["sys"] = new JsonObject { ["MethodName"] = function } },
        };
        var answer = await PostAsync(function, envelope, cancellationToken);
        return answer["Outputs"]!["res"]!.AsObject();
    }

    /// <summary>
    /// Calls a Service Bus triggered function as the host does: the message body under the trigger's
    /// name (in whichever encoding <paramref name="message"/> has), the message's properties in
    /// <c>Metadata</c>. Returns the whole answer (<c>Logs</c> included).
    /// </summary>
    public Task<JsonObject> CallServiceBusFunctionAsync(string function, JsonNode message, JsonObject applicationProperties, CancellationToken cancellationToken)
    {
        var envelope = new JsonObject
        {
            ["Data"] = new JsonObject { ["message"] = message, ["starter"] = durableClientBinding.ToJsonString() },
            ["Metadata"] = new JsonObject
            {
                ["MessageId"] = JsonSerializer.Serialize(Guid.NewGuid().ToString("N")),
                ["DeliveryCount"] = "1",
                ["ApplicationProperties"] = applicationProperties,
                ["sys"] = new JsonObject { ["MethodName"] = function },
            },
        };
        return PostAsync(function, envelope, cancellationToken);
    }

    private async Task<JsonObject> PostAsync(string function, JsonObject envelope, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(function, envelope, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
    }
}

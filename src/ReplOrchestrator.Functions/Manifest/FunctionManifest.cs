using System.Text.Json.Nodes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Functions.Manifest;

/// <summary>
/// Every function of the app, derived from the registered orchestrators and activities and the API's
/// routes, so that the <c>function.json</c> files cannot drift from the code that serves them.
/// </summary>
internal static class FunctionManifest
{
    /// <summary>The output binding of the <c>alerts</c> topic, on the activity that publishes alerts.</summary>
    public const string AlertsOutput = "alerts";

    /// <summary>The Service Bus trigger on the topic's <c>router</c> subscription.</summary>
    public const string AlertRouter = nameof(AlertRouter);

    /// <summary>The Service Bus trigger on the <c>heartbeats</c> queue.</summary>
    public const string HeartbeatQueue = nameof(HeartbeatQueue);

    /// <summary>The API's routes, as HTTP functions (names are the function folder names).</summary>
    public static IReadOnlyList<HttpFunction> HttpFunctions { get; } =
    [
        new("Heartbeats", "heartbeats", ["post"]),
        new("Fleet", "fleet", ["get"]),
        new("VmDetail", "appliances/{applianceId}/vms/{vmId}", ["get"]),
        new("Alerts", "alerts", ["get"]),
        new("Silences", "silences", ["get", "post"]),
        new("SilenceById", "silences/{id}", ["delete"]),
        new("Healthz", "healthz", ["get"]),
    ];

    public static FunctionCatalog Build(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var functions = new List<FunctionDefinition>();
        functions.AddRange(registry.OrchestratorNames.Select(name =>
            new FunctionDefinition(name, FunctionKind.Orchestration, "context", [Bindings.OrchestrationTrigger()])));
        functions.AddRange(registry.ActivityNames.Select(Activity));
        functions.AddRange(HttpFunctions.Select(Http));
        functions.Add(new FunctionDefinition(AlertRouter, FunctionKind.ServiceBus, "message", [Bindings.ServiceBusSubscriptionTrigger("alerts", "router")]));
        functions.Add(new FunctionDefinition(HeartbeatQueue, FunctionKind.ServiceBus, "message", [Bindings.ServiceBusQueueTrigger("heartbeats"), Bindings.DurableClient()]));
        return new FunctionCatalog(functions);
    }

    private static FunctionDefinition Activity(string name)
    {
        // Activities start instances and raise events, so each gets the client binding; the publishing
        // activity also writes to the alerts topic.
        List<JsonObject> bindings = [Bindings.ActivityTrigger(), Bindings.DurableClient()];
        if (string.Equals(name, WorkflowNames.PublishAlert, StringComparison.OrdinalIgnoreCase))
        {
            bindings.Add(Bindings.ServiceBusTopicOutput(AlertsOutput, "alerts"));
        }

        return new FunctionDefinition(name, FunctionKind.Activity, "input", bindings);
    }

    private static FunctionDefinition Http(HttpFunction function)
    {
        return new FunctionDefinition(function.Name, FunctionKind.Http, "req",
            [Bindings.HttpTrigger(function.Route, function.Methods), Bindings.HttpOutput(), Bindings.DurableClient()]);
    }
}

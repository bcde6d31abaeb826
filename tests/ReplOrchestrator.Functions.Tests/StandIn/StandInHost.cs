using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Functions.Tests.DurableClient;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>
/// The Functions host, stood in for: reads host.json and the function.json files, starts the published
/// handler, runs the embedded engine as the Durable extension (orchestrations and activities invoked
/// over the custom-handler protocol, the client endpoint served over gRPC), captures the alerts topic,
/// and calls the HTTP functions with the envelope. Runs in real time, as a function app does.
/// </summary>
internal sealed class StandInHost : IScenarioHost
{
    private readonly TemporaryDirectory _directory;
    private readonly HandlerProcess _handler;
    private readonly LoopbackGrpcServer _sidecar;
    private readonly DurableEngine _engine;
    private readonly HandlerInvokers _invokers;

    private StandInHost(TemporaryDirectory directory, HandlerProcess handler, LoopbackGrpcServer sidecar, DurableEngine engine, HandlerInvokers invokers)
    {
        _directory = directory;
        _handler = handler;
        _sidecar = sidecar;
        _engine = engine;
        _invokers = invokers;
    }

    public DateTimeOffset Now => DateTimeOffset.UtcNow;

    public IReadOnlyList<Alert> Topic => [.. _invokers.Topic];

    public static async Task<StandInHost> StartAsync()
    {
        var app = await PublishedPackage.FolderAsync();
        var triggers = Directory.GetDirectories(app).Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(d => (Name: Path.GetFileName(d)!, Type: JsonNode.Parse(File.ReadAllText(Path.Combine(d, "function.json")))!["bindings"]![0]!["type"]!.GetValue<string>()))
            .ToList();
        var directory = new TemporaryDirectory();
        DurableEngine? engine = null;
        var sidecar = await SidecarService.StartAsync(() => engine!.Client);
        var handler = await HandlerProcess.StartAsync(app, ScenarioSettings.Environment);
        var binding = new JsonObject { ["taskHubName"] = "StandInHub", ["rpcBaseUrl"] = sidecar.BaseAddress.ToString(), ["requiredQueryStringParameters"] = "code=stand-in" };
        var invokers = new HandlerInvokers(handler.Address,
            triggers.Where(t => t.Type == "orchestrationTrigger").Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase),
            triggers.Where(t => t.Type == "activityTrigger").Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase),
            binding);
        engine = new DurableEngine(new EngineOptions { DatabasePath = Path.Combine(directory.Path, "hub.db") }, invokers, invokers);
        await engine.StartAsync();
        return new StandInHost(directory, handler, sidecar, engine, invokers);
    }

    public async Task<IReadOnlyList<ApplianceCommand>> SendAsync(Heartbeat heartbeat)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json", ["x-appliance-key"] = "key-of-func" };
        var res = await _invokers.CallHttpFunctionAsync("Heartbeats", HttpMethod.Post, "/api/heartbeats", headers, ContractJson.Serialize(heartbeat), CancellationToken.None);
        var status = res["statusCode"]!.GetValue<int>();
        status.ShouldBe(202, res["body"]?.ToString());
        var body = JsonNode.Parse(res["body"]!.GetValue<string>())!;
        return [.. body["commands"]!.AsArray().Select(c => c.Deserialize<ApplianceCommand>(ContractJson.Options)!)];
    }

    public Task PassAsync(TimeSpan time) => Task.Delay(time);

    /// <summary>The stand-in's view of the task hub, for checking what a function changed.</summary>
    public ReplOrchestrator.DurableTask.Abstractions.IDurableClient Hub => _engine.Client;

    /// <summary>Delivers a message to a Service Bus triggered function; returns the handler's answer.</summary>
    public Task<JsonObject> SendMessageAsync(string function, JsonNode message, JsonObject applicationProperties) =>
        _invokers.CallServiceBusFunctionAsync(function, message, applicationProperties, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync();
        await _handler.DisposeAsync();
        await _sidecar.DisposeAsync();
        _directory.Dispose();
    }
}

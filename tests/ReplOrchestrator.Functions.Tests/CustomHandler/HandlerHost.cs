using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.Functions.Triggers;
using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.Tests.CustomHandler;

/// <summary>The handler application on a loopback port, with small recording invokers behind it.</summary>
internal sealed class HandlerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HandlerHost(WebApplication app, HttpClient http, RecordingOrchestrations orchestrations, RecordingActivities activities)
    {
        _app = app;
        Http = http;
        Orchestrations = orchestrations;
        Activities = activities;
    }

    public HttpClient Http { get; }

    public RecordingOrchestrations Orchestrations { get; }

    public RecordingActivities Activities { get; }

    public static async Task<HandlerHost> StartAsync()
    {
        var orchestrations = new RecordingOrchestrations();
        var activities = new RecordingActivities();
        var catalog = new FunctionCatalog(
        [
            new FunctionDefinition("HelloCities", FunctionKind.Orchestration, "context", [Bindings.OrchestrationTrigger()]),
            new FunctionDefinition("SayHello", FunctionKind.Activity, "name", [Bindings.ActivityTrigger("name")]),
            new FunctionDefinition("Explode", FunctionKind.Activity, "input", [Bindings.ActivityTrigger()]),
        ]);
        var app = HandlerApplication.Build([], 0, services =>
        {
            services.AddSingleton(catalog);
            services.AddSingleton<IOrchestrationInvoker>(orchestrations);
            services.AddSingleton<IActivityInvoker>(activities);
            services.AddSingleton(new InvocationDurableClient(b => DurableClientFactory.Create(b, new HttpClient(), new HttpClient())));
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HandlerHost(app, new HttpClient { BaseAddress = new Uri(address) }, orchestrations, activities);
    }

    public async Task<(int Status, JsonObject Body)> PostAsync(string function, string envelopeJson)
    {
        using var content = new StringContent(envelopeJson, System.Text.Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(function, UriKind.Relative), content);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>() ?? [];
        return ((int)response.StatusCode, body);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }

    internal sealed class RecordingOrchestrations : IOrchestrationInvoker
    {
        public ConcurrentQueue<(string Name, OrchestratorRequest Request)> Calls { get; } = new();

        public bool IsRegistered(string orchestratorName) => orchestratorName == "HelloCities";

        public ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken)
        {
            Calls.Enqueue((orchestratorName, request));
            return ValueTask.FromResult(new OrchestratorResponse
            {
                InstanceId = request.InstanceId,
                CustomStatus = "\"scheduling\"",
                Actions = { new OrchestratorAction { Id = 0, ScheduleTask = new ScheduleTaskAction { Name = "SayHello", Input = "\"Tokyo\"" } } },
            });
        }
    }

    internal sealed class RecordingActivities : IActivityInvoker
    {
        public ConcurrentQueue<ActivityInvocation> Calls { get; } = new();

        public bool IsRegistered(string activityName) => activityName is "SayHello" or "Explode";

        public ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken)
        {
            Calls.Enqueue(invocation);
            if (invocation.Name == "Explode")
            {
                return ValueTask.FromResult(ActivityResult.Failed(new DurableTask.Abstractions.TaskFailureDetails("System.InvalidOperationException", "the probe port is closed")));
            }

            var name = invocation.SerializedInput switch
            {
                null => "nobody",
                ['"', ..] quoted => JsonSerializer.Deserialize<string>(quoted),
                var json => json,
            };
            return ValueTask.FromResult(ActivityResult.Success(JsonSerializer.Serialize(new { greeting = $"Hello {name}" })));
        }
    }
}

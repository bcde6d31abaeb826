using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.ResourceManager;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>The local host on a free loopback port with its real engine, workflows and API, and a client for it.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    public const string ApiKey = "reader-key-1-for-the-local-tests";
    public const string OperatorKey = "operator-key-1-for-the-local-tests";
    private readonly TemporaryDirectory _directory;
    private readonly TimeProvider? _time;

    private RunningHost(WebApplication app, TemporaryDirectory directory, HttpClient http, TimeProvider? time)
    {
        App = app;
        _directory = directory;
        Http = http;
        _time = time;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public string DataDirectory => _directory.Path;

    public static async Task<RunningHost> StartAsync(
        TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null, TemporaryDirectory? directory = null, Func<ArmOptions, ArmClient>? armClient = null)
    {
        directory ??= new TemporaryDirectory();
        var all = new Dictionary<string, string?>
        {
            ["Repl:Appliances:0:Id"] = "appl-a",
            ["Repl:Appliances:0:Key"] = "key-of-a-for-the-local-tests",
            ["Repl:Appliances:1:Id"] = "appl-b",
            ["Repl:Appliances:1:Key"] = "key-of-b-for-the-local-tests",
            ["Repl:ApiKeys:0"] = ApiKey,
            ["Repl:OperatorKeys:0"] = OperatorKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        // Off the network: the heartbeats' storage accounts are made up, and tests send nothing beyond loopback.
        var app = LocalHost.Build(new LocalHostOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = directory.Path,
            Time = time ?? TimeProvider.System,
            Settings = all,
            CloudProbe = cloud => new SimulatedCloudProbe(cloud),
            ArmClient = armClient,
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningHost(app, directory, new HttpClient { BaseAddress = new Uri(address) }, time);
    }

    /// <summary>
    /// Stops this host, runs <paramref name="whileDown"/>, and starts another on its data directory and clock with
    /// <paramref name="settings"/>: what a process restart, or another instance on the same task hub, sees. Dispose the
    /// host returned, not this one.
    /// </summary>
    public async Task<RunningHost> RestartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Func<ArmOptions, ArmClient>? armClient = null, Action? whileDown = null)
    {
        Http.Dispose();
        await App.DisposeAsync();
        whileDown?.Invoke();
        return await StartAsync(_time, settings, _directory, armClient);
    }

    public async Task<HttpResponseMessage> PostHeartbeatAsync(string? key, string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/heartbeats") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (key is not null)
        {
            request.Headers.Add("x-appliance-key", key);
        }

        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostHeartbeatAsync(string? key, Heartbeat heartbeat) => PostHeartbeatAsync(key, ContractJson.Serialize(heartbeat));

    public async Task<HttpResponseMessage> GetAsync(string path, string? apiKey = ApiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        return await Http.SendAsync(request);
    }

    public async Task<JsonNode> GetJsonAsync(string path) => (await (await GetAsync(path)).Content.ReadFromJsonAsync<JsonNode>())!;

    /// <summary>Polls until <paramref name="done"/> holds for the JSON at <paramref name="path"/> (work runs in the background).</summary>
    public async Task<JsonNode> WaitForAsync(string path, Func<JsonNode, bool> done, Action? tick = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var json = await GetJsonAsync(path);
            if (done(json))
            {
                return json;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} did not reach the expected state: {json.ToJsonString()}");
            }

            tick?.Invoke();
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the orchestration <paramref name="instanceId"/> has started, for tests whose clock must not move before it has.</summary>
    public async Task WaitForInstanceAsync(string instanceId)
    {
        var client = App.Services.GetRequiredService<DurableTaskClient>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetInstanceAsync(instanceId))?.RuntimeStatus is not OrchestrationRuntimeStatus.Running)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{instanceId} did not start within 30 s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until <paramref name="instanceId"/> has taken at least <paramref name="count"/> signals, so a driven clock does not run ahead of them.</summary>
    public async Task WaitForSignalsAsync(string instanceId, int count)
    {
        var engine = App.Services.GetRequiredService<DurableEngine>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await engine.GetHistoryAsync(instanceId)).Count(e => e.EventRaised?.Name == "signal") < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{instanceId} did not take {count} signals within 30 s.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        _directory.Dispose();
    }

    public static JsonSerializerOptions Json => ContractJson.Options;
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.Support;

/// <summary>The real local host (engine, workflows, API) on a fixed loopback port, so it can be stopped and started again where agents expect it.</summary>
internal sealed class LocalServer : IAsyncDisposable
{
    public const string ApplianceId = "appl-agent";
    public const string Key = "0123456789abcdef0123456789abcdef";
    public const string ReaderKey = "reader-key-1-for-the-agent-tests";
    private WebApplication? _app;

    private LocalServer(int port, TemporaryDirectory data)
    {
        Port = port;
        Data = data;
        Http = new HttpClient { BaseAddress = Url };
        Http.DefaultRequestHeaders.Add("x-api-key", ReaderKey);
    }

    public int Port { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public TemporaryDirectory Data { get; }

    public HttpClient Http { get; }

    public static async Task<LocalServer> StartAsync()
    {
        var server = new LocalServer(LoopbackPorts.Free(), new TemporaryDirectory());
        await server.RestartAsync();
        return server;
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Starts (again) on the same port and data folder, as a restarted server would.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _app = LocalHost.Build(new LocalHostOptions
        {
            Urls = Url.AbsoluteUri.TrimEnd('/'),
            DataDirectory = Data.Path,
            Settings = new Dictionary<string, string?>
            {
                ["Repl:Appliances:0:Id"] = ApplianceId,
                ["Repl:Appliances:0:Key"] = Key,
                ["Repl:ApiKeys:0"] = ReaderKey,
                ["Repl:Monitoring:AutoResumeSuspendedReplication"] = "true",
            },
            CloudProbe = cloud => new SimulatedCloudProbe(cloud),
        });
        await _app.StartAsync();
    }

    public async Task<JsonNode> GetJsonAsync(string path) => JsonNode.Parse(await Http.GetStringAsync(path.TrimStart('/')))!;

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds (the monitors work in the background).</summary>
    public async Task<JsonNode> WaitForAsync(string path, Func<JsonNode, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            JsonNode? json = null;
            try
            {
                json = await GetJsonAsync(path);
                if (done(json))
                {
                    return json;
                }
            }
            catch (HttpRequestException)
            {
                // Not there yet (404 before the first heartbeat is taken).
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} did not reach the expected state: {json?.ToJsonString()}");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        Data.Dispose();
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Hosting;

namespace ReplOrchestrator.Local.Bench;

/// <summary>A local host on a free loopback port with a file database in a temporary folder, and generated appliance keys.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private BenchHost(WebApplication app, DirectoryInfo folder, Uri address, IReadOnlyList<(string Id, string Key)> appliances)
    {
        App = app;
        _folder = folder;
        Address = address;
        Appliances = appliances;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public IReadOnlyList<(string Id, string Key)> Appliances { get; }

    /// <summary>The engine's database file; its write-ahead log sits next to it.</summary>
    public string DatabasePath => Path.Combine(_folder.FullName, DataDirectory.DatabaseFile);

    /// <summary>A heartbeat as its appliance posts it.</summary>
    public static HttpRequestMessage HeartbeatRequest(string applianceKey, Heartbeat heartbeat)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/heartbeats") { Content = new StringContent(ContractJson.Serialize(heartbeat), Encoding.UTF8, "application/json") };
        request.Headers.Add(ApplianceAuthenticator.Header, applianceKey);
        return request;
    }

    public static Task<BenchHost> StartAsync(int appliances, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken) =>
        StartAsync(appliances, settings, new LocalHostOptions(), cancellationToken);

    /// <summary>Starts a host as <paramref name="host"/> describes it (the client its ARM source reads with, say); address, folder and settings are the bench's.</summary>
    public static async Task<BenchHost> StartAsync(int appliances, IReadOnlyDictionary<string, string?> settings, LocalHostOptions host, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("replorchestrator-bench-");
        var credentials = Enumerable.Range(1, appliances).Select(i => ($"bench-{i:0000}", Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)))).ToList();
        var all = new Dictionary<string, string?>(settings);
        for (var i = 0; i < credentials.Count; i++)
        {
            all[$"Repl:Appliances:{i}:Id"] = credentials[i].Item1;
            all[$"Repl:Appliances:{i}:Key"] = credentials[i].Item2;
        }

        var app = LocalHost.Build(host with { Urls = "http://127.0.0.1:0", DataDirectory = folder.FullName, Settings = all });
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new BenchHost(app, folder, address, credentials);
    }

    public async ValueTask DisposeAsync()
    {
        // Stopping first lets running activities finish before their services are disposed.
        await App.StopAsync();
        await App.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Local.Demo;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>
/// The local host on a free loopback port with the demo's compressed thresholds, and a simulated fleet playing seed
/// scenarios against it over HTTP in real time once <see cref="StartFleet"/> is called: what the demo runs.
/// </summary>
internal sealed class DashboardHost : IAsyncDisposable
{
    // Long enough that the stall, and so the alert, lasts while a test walks from page to page on a busy machine.
    public static readonly TimeSpan UploadStallTimeout = TimeSpan.FromSeconds(15);

    private readonly WebApplication _app;
    private readonly TemporaryDirectory _directory;
    private readonly FleetSpec _spec;
    private readonly IReadOnlyList<ApplianceCredential> _appliances;
    private readonly CancellationTokenSource _stop = new();
    private SimulatedFleet? _simulated;
    private Task? _fleet;

    private DashboardHost(WebApplication app, TemporaryDirectory directory, FleetSpec spec, IReadOnlyList<ApplianceCredential> appliances, string readerKey, string operatorKey)
    {
        _app = app;
        _directory = directory;
        _spec = spec;
        _appliances = appliances;
        ReaderKey = readerKey;
        OperatorKey = operatorKey;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public Uri Address { get; }

    public Uri Dashboard => new(Address, "api/dashboard/");

    public string ReaderKey { get; }

    public string OperatorKey { get; }

    public static Task<DashboardHost> StartAsync(params string[] scenarios) => StartAsync(new Dictionary<string, string?>(), scenarios);

    /// <summary>Starts the host with <paramref name="extra"/> over the demo's settings (a notification receiver, say).</summary>
    public static Task<DashboardHost> StartAsync(IReadOnlyDictionary<string, string?> extra, params string[] scenarios) => StartAsync(extra, null, scenarios);

    /// <summary>Starts the host watching <paramref name="vaultId"/> on <paramref name="arm"/> every two seconds, besides the simulated fleet.</summary>
    public static Task<DashboardHost> StartWatchingAsync(ArmStandIn arm, string vaultId, params string[] scenarios) =>
        StartAsync(new Dictionary<string, string?>(arm.Settings) { ["Repl:Arm:Vaults:0"] = vaultId, ["Repl:Arm:PollInterval"] = "00:00:02" }, arm, scenarios);

    private static async Task<DashboardHost> StartAsync(IReadOnlyDictionary<string, string?> extra, ArmStandIn? arm, string[] scenarios)
    {
        var directory = new TemporaryDirectory();
        var (appliances, operatorKey) = DemoSettings.Credentials();
        var readerKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var settings = DemoSettings.Server(appliances, operatorKey);
        settings["Repl:ApiKeys:0"] = readerKey;
        settings["Repl:Cycle:UploadStallTimeout"] = UploadStallTimeout.ToString("c");
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var app = LocalHost.Build(new LocalHostOptions
        {
            Urls = "http://127.0.0.1:0",
            DataDirectory = directory.Path,
            Settings = settings,
            CloudProbe = cloud => new SimulatedCloudProbe(cloud),
            ArmClient = arm is null ? null : arm.Client,
        });
        await app.StartAsync();
        var workflows = ReplConfiguration.WorkflowOptions(app.Configuration);
        var spec = new FleetSpec
        {
            Appliances = 2,
            VmsPerAppliance = 3,
            Scenarios = scenarios,
            Timings = SimulationTimings.For(DemoSettings.Heartbeat, workflows.Cycle, workflows.Appliance),
            FirstSequence = FleetSpec.SequenceStartFor(TimeProvider.System.GetUtcNow()),
        };
        return new DashboardHost(app, directory, spec, appliances, readerKey, operatorKey);
    }

    /// <summary>Starts the simulated fleet's heartbeats; its scenarios count from now.</summary>
    public void StartFleet()
    {
        var heartbeats = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var fleet = _simulated = SimulatedFleet.Create(_spec, _appliances, TimeProvider.System.GetUtcNow());
        var runner = new FleetRunner(fleet, new HttpHeartbeatTransport(heartbeats, Address), TimeProvider.System, null);
        _fleet = Task.Run(async () =>
        {
            using (heartbeats)
            {
                await runner.RunAsync(null, _stop.Token);
            }
        });
    }

    /// <summary>
    /// The <c>appliance/vm</c> key the fleet page gives the row of the VM playing <paramref name="scenario"/>: the
    /// other VMs are healthy, but on a loaded machine a late heartbeat can make one of them critical for a while too.
    /// </summary>
    public string VmPlaying(string scenario)
    {
        var fleet = _simulated ?? throw new InvalidOperationException("The fleet has not started.");
        return fleet.Appliances.SelectMany(a => a.Vms.Where(vm => vm.Scenario == scenario).Select(vm => $"{a.Id}/{vm.Identity.VmId}")).Single();
    }

    /// <summary>The fleet as the API gives it.</summary>
    public async Task<JsonNode> FleetAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Add("x-api-key", ReaderKey);
        return (await http.GetFromJsonAsync<JsonNode>(new Uri("api/fleet", UriKind.Relative)))!;
    }

    /// <summary>The firing alert of <paramref name="code"/> as the API gives it, to hold what the page shows against.</summary>
    public async Task<JsonNode> FiringAsync(string code)
    {
        using var http = new HttpClient { BaseAddress = Address };
        http.DefaultRequestHeaders.Add("x-api-key", ReaderKey);
        var alerts = await http.GetFromJsonAsync<JsonArray>(new Uri("api/alerts?status=firing", UriKind.Relative));
        return alerts!.First(a => a!["code"]!.GetValue<string>() == code)!;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_fleet is not null)
        {
            await _fleet;
        }

        await _app.DisposeAsync();
        _directory.Dispose();
        _stop.Dispose();
    }
}

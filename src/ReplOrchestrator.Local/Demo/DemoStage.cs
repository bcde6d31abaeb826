using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Threading.Channels;
using Azure.ResourceManager;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.Local.Simulation;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// What every demo plays on: the local host on a free loopback port with the demo's settings, the demo's own receivers
/// (unless the user's settings name some), the dashboard link, and the alerts and notifications it counts and prints as
/// they arrive. The demos differ only in what feeds the host: simulated appliances, real agents, or a vault through ARM.
/// </summary>
internal sealed class DemoStage : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DemoReceivers _receivers;
    private readonly DashboardLink _dashboard;
    private readonly ChannelReader<Alert> _alerts;
    private readonly CancellationTokenSource _stop = new();
    private Task _listening = Task.CompletedTask;

    private DemoStage(
        WebApplication app, ChannelReader<Alert> alerts, DemoReceivers receivers, DashboardLink dashboard, DemoInbox inbox, string data, string operatorKey)
    {
        (_app, _alerts, _receivers, _dashboard, Inbox, Data) = (app, alerts, receivers, dashboard, inbox, data);
        Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Api = new HttpClient { BaseAddress = Url };
        Api.DefaultRequestHeaders.Add(ApiKeyAuthenticator.Header, operatorKey);
    }

    /// <summary>The host's base address.</summary>
    public Uri Url { get; }

    /// <summary>A client of the host's API with the demo's operator key.</summary>
    public HttpClient Api { get; }

    /// <summary>The folder of the demo's database and alert journal.</summary>
    public string Data { get; }

    /// <summary>The host's configuration, the demo's settings included.</summary>
    public IConfiguration Configuration => _app.Configuration;

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>What the demo's own receivers got.</summary>
    public DemoInbox Inbox { get; }

    /// <summary>What the alerts topic carried.</summary>
    public AlertTally Tally { get; } = new();

    /// <summary>The embedded alerts topic.</summary>
    public EmbeddedAlertTopic Topic => _app.Services.GetRequiredService<EmbeddedAlertTopic>();

    /// <summary>
    /// Starts the receivers, then the host with <paramref name="settings"/> and theirs; <see langword="null"/>, after one
    /// line on <paramref name="error"/>, when the data folder cannot be written.
    /// </summary>
    /// <param name="settings">The demo's server settings; the receivers' and the dashboard's reader key are added to them.</param>
    /// <param name="operatorKey">The operator key among <paramref name="settings"/>, for <see cref="Api"/>.</param>
    /// <param name="dataDirectory">The data folder; a new temporary one when null.</param>
    /// <param name="armClient">The client the ARM source reads with, when the settings name vaults.</param>
    /// <param name="error">Where the one line goes.</param>
    /// <param name="cancellationToken">Stops the start.</param>
    public static async Task<DemoStage?> StartAsync(
        Dictionary<string, string?> settings, string operatorKey, string? dataDirectory, Func<ArmOptions, ArmClient>? armClient, TextWriter error, CancellationToken cancellationToken)
    {
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "replorchestrator-demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
        var dashboard = new DashboardLink();
        var inbox = new DemoInbox();
        var receivers = await DemoReceivers.StartUnlessConfiguredAsync(inbox, cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in receivers.Settings)
        {
            settings[key] = value;
        }

        WebApplication app;
        try
        {
            // The demos' Azure names are made up: the server's cloud probes answer from the simulation, off the network.
            app = LocalHost.Build(new LocalHostOptions
            {
                Urls = "http://127.0.0.1:0",
                DataDirectory = data,
                Settings = dashboard.AddTo(settings),
                CloudProbe = cloud => new SimulatedCloudProbe(cloud),
                ArmClient = armClient,
            });
        }
        catch (IOException e)
        {
            await receivers.DisposeAsync().ConfigureAwait(false);
            await error.WriteLineAsync("error: " + e.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
            return null;
        }

        // Before the start: a source the host polls at start may have its first alerts out before the demo prints a line.
        var alerts = app.Services.GetRequiredService<EmbeddedAlertTopic>().Subscribe();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Stopped while starting, or the port refused: nothing else will dispose what was started for the stage.
            await app.DisposeAsync().ConfigureAwait(false);
            await receivers.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new DemoStage(app, alerts, receivers, dashboard, inbox, data, operatorKey);
    }

    /// <summary>The dashboard's URL and where notifications go, a line each.</summary>
    public async Task WriteLinksAsync(TextWriter output)
    {
        await output.WriteLineAsync($"Dashboard (open while the demo runs): {_dashboard.For(Url)}").ConfigureAwait(false);
        await output.WriteLineAsync(_receivers.Description).ConfigureAwait(false);
    }

    /// <summary>From now on, counts each alert published and shows it and each notification received on <paramref name="view"/>.</summary>
    public void Listen(DemoView view) =>
        _listening = Task.WhenAll(ListenAsync(_alerts, Tally, view, _stop.Token), ListenAsync(Inbox, view, _stop.Token));

    /// <summary>Lets alerts published during the last moments arrive, stops listening, and returns every alert the API shows.</summary>
    public async Task<IReadOnlyList<Alert>> FinishAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None).ConfigureAwait(false);
        await StopListeningAsync().ConfigureAwait(false);
        return await Api.GetFromJsonAsync<List<Alert>>("api/alerts", ContractJson.Options, CancellationToken.None).ConfigureAwait(false) ?? [];
    }

    /// <summary>The summary's lines about the receivers: see <see cref="DemoSummary.WriteNotificationsAsync"/>.</summary>
    public Task WriteNotificationsAsync(TextWriter output) => DemoSummary.WriteNotificationsAsync(output, Inbox, _receivers.IsOwn);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopListeningAsync().ConfigureAwait(false);
        Api.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
        await _receivers.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task StopListeningAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _listening.ConfigureAwait(false);
    }

    private static async Task ListenAsync(ChannelReader<Alert> alerts, AlertTally tally, DemoView view, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var alert in alerts.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                tally.Add(alert);
                await view.PrintAsync(alert).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The demo is over.
        }
    }

    private static async Task ListenAsync(DemoInbox inbox, DemoView view, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in inbox.Arrivals.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await view.PrintAsync(notification).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The demo is over.
        }
    }
}

using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Local.Demo.Agents;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Transport;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// The demo: a local host on a free loopback port with compressed thresholds, a simulated fleet playing
/// every seed situation against it over HTTP, the live view, and a summary of what was detected. With agents, real
/// agents play two of the situations (<see cref="DemoAgents"/>) and the simulator the rest.
/// </summary>
internal static class DemoRun
{
    private const int Failure = 1;

    public static async Task<int> RunAsync(TimeSpan duration, string? dataDirectory, bool withAgents, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (appliances, operatorKey) = DemoSettings.Credentials();
        var agentCredentials = withAgents ? DemoSettings.CredentialsFor(DemoAgents.ApplianceIds) : [];
        var dashboard = new DashboardLink();
        var data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "replorchestrator-demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)));
        var settings = DemoSettings.Server([.. appliances, .. agentCredentials], operatorKey);
        var inbox = new DemoInbox();
        await using var receivers = await DemoReceivers.StartUnlessConfiguredAsync(inbox, cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in receivers.Settings)
        {
            settings[key] = value;
        }

        WebApplication app;
        try
        {
            // The fleet's Azure endpoints are made up: the server's cloud probes answer from the simulation, off the network.
            app = LocalHost.Build(new LocalHostOptions
            {
                Urls = "http://127.0.0.1:0",
                DataDirectory = data,
                Settings = dashboard.AddTo(settings),
                CloudProbe = cloud => new SimulatedCloudProbe(cloud),
            });
        }
        catch (IOException e)
        {
            await error.WriteLineAsync("error: " + e.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
            return Failure;
        }

        await using (app.ConfigureAwait(false))
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            using var api = new HttpClient { BaseAddress = url };
            api.DefaultRequestHeaders.Add(ApiKeyAuthenticator.Header, operatorKey);
            await ReplicaBackupWindowAsync(api, cancellationToken).ConfigureAwait(false);

            var workflows = ReplConfiguration.WorkflowOptions(app.Configuration);
            var spec = new FleetSpec
            {
                Appliances = DemoSettings.Appliances,
                VmsPerAppliance = DemoSettings.VmsPerAppliance,
                Scenarios = withAgents ? DemoAgentPlan.SimulatedScenarios : DemoSettings.Scenarios,
                Timings = SimulationTimings.For(DemoSettings.Heartbeat, workflows.Cycle, workflows.Appliance),
                FirstSequence = FleetSpec.SequenceStartFor(TimeProvider.System.GetUtcNow()),
            };
            using var heartbeats = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
            var runner = new FleetRunner(SimulatedFleet.Create(spec, appliances, TimeProvider.System.GetUtcNow()), new HttpHeartbeatTransport(heartbeats, url), TimeProvider.System, null);

            await output.WriteLineAsync($"ReplOrchestrator demo: {spec.Appliances} appliances, {spec.Appliances * spec.VmsPerAppliance} VMs, "
                + $"{spec.Scenarios.Count} situations from the troubleshooting guides, {duration.TotalSeconds:0} s. API: {url} (data: {data})").ConfigureAwait(false);
            await output.WriteLineAsync($"Dashboard (open while the demo runs): {dashboard.For(url)}").ConfigureAwait(false);
            await output.WriteLineAsync(receivers.Description).ConfigureAwait(false);
            var tally = new AlertTally();
            var view = new DemoView(output, api, runner, tally);
            var topic = app.Services.GetRequiredService<EmbeddedAlertTopic>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var listening = Task.WhenAll(ListenAsync(topic, tally, view, stop.Token), ListenAsync(inbox, view, stop.Token));
            await using var agents = withAgents ? await DemoAgents.StartAsync(agentCredentials, url, data, view.NoteAsync, cancellationToken).ConfigureAwait(false) : null;
            if (agents is not null)
            {
                await output.WriteLineAsync("Real agents (in-process, Linux mode, recorded hosts written by the demo's script): "
                    + string.Join(", ", agents.Agents.Select(a => $"{a.ApplianceId} ({a.Kind})"))).ConfigureAwait(false);
            }

            var run = runner.RunAsync(duration, cancellationToken);
            var played = agents?.PlayAsync(duration, cancellationToken) ?? Task.CompletedTask;
            await view.ShowAsync(Task.WhenAll(run, played), cancellationToken).ConfigureAwait(false);
            var simulated = await run.ConfigureAwait(false);
            await played.ConfigureAwait(false);

            // Let alerts published during the last beat arrive before summing up.
            await Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await listening.ConfigureAwait(false);
            var visible = await api.GetFromJsonAsync<List<Domain.Alerts.Alert>>("api/alerts", Domain.Contracts.ContractJson.Options, CancellationToken.None).ConfigureAwait(false) ?? [];
            await DemoSummary.WriteAsync(output, simulated, tally, visible, topic.JournalPath).ConfigureAwait(false);
            if (agents is not null)
            {
                await DemoSummary.WriteAgentsAsync(output, agents.Agents).ConfigureAwait(false);
            }
            await DemoSummary.WriteNotificationsAsync(output, inbox, receivers.IsOwn).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task ListenAsync(EmbeddedAlertTopic topic, AlertTally tally, DemoView view, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var alert in topic.Subscribe().ReadAllAsync(cancellationToken).ConfigureAwait(false))
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

    // The replica host's nightly backup, as the seed describes: its events are expected, so a
    // maintenance window keeps them visible but quiet.
    private static async Task ReplicaBackupWindowAsync(HttpClient api, CancellationToken cancellationToken)
    {
        var silence = new JsonObject
        {
            ["id"] = "demo-replica-backup",
            ["scope"] = new JsonObject { ["kind"] = "Host", ["hostName"] = HyperVHostNames.Replica },
            ["codes"] = new JsonArray([.. Domain.Alerts.Silences.ReplicaHostBackupCodes.Select(c => JsonValue.Create(c))]),
            ["startsAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
            ["endsAt"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
            ["comment"] = "Backup of the replica host (maintenance window)",
        };
        using var response = await api.PostAsJsonAsync("api/silences", silence, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Local.Demo.Agents;
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
        var settings = DemoSettings.Server([.. appliances, .. agentCredentials], operatorKey);
        await using var stage = await DemoStage.StartAsync(settings, operatorKey, dataDirectory, armClient: null, error, cancellationToken).ConfigureAwait(false);
        if (stage is null)
        {
            return Failure;
        }

        var url = stage.Url;
        await ReplicaBackupWindowAsync(stage.Api, cancellationToken).ConfigureAwait(false);
        var workflows = ReplConfiguration.WorkflowOptions(stage.Configuration);
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
            + $"{spec.Scenarios.Count} situations from the troubleshooting guides, {duration.TotalSeconds:0} s. API: {url} (data: {stage.Data})").ConfigureAwait(false);
        await stage.WriteLinksAsync(output).ConfigureAwait(false);
        var view = new DemoView(output, stage.Api, runner.Snapshot, stage.Tally);
        stage.Listen(view);
        await using var agents = withAgents ? await DemoAgents.StartAsync(agentCredentials, url, stage.Data, view.NoteAsync, cancellationToken).ConfigureAwait(false) : null;
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

        var visible = await stage.FinishAsync().ConfigureAwait(false);
        await DemoSummary.WriteAsync(output, simulated, stage.Tally, visible, stage.Topic.JournalPath).ConfigureAwait(false);
        if (agents is not null)
        {
            await DemoSummary.WriteAgentsAsync(output, agents.Agents).ConfigureAwait(false);
        }

        await stage.WriteNotificationsAsync(output).ConfigureAwait(false);
        return 0;
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

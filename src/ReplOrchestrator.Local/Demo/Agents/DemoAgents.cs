using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Agent.Embedding;
using ReplOrchestrator.Agent.Recorded;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation;

namespace ReplOrchestrator.Local.Demo.Agents;

/// <summary>
/// Real agents beside the simulated fleet, composed in this process (<see cref="EmbeddedAgent"/>) from their own
/// configuration files, each with its real heartbeat sender, spool, sequence store, probes and command runner. The
/// script plays the Hyper-V host by writing the agent's recorded host files over time, and silences the appliance by
/// stopping its agent as a stopped service would; what the server then asks, the agents do for real.
/// </summary>
internal sealed class DemoAgents : IAsyncDisposable
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(250);
    private readonly EmbeddedAgent _hyperV;
    private readonly EmbeddedAgent _appliance;
    private readonly RecordedHostWriter _hyperVHost;
    private readonly Func<string, Task> _print;
    private readonly Dictionary<EmbeddedAgent, int> _printed = [];

    private DemoAgents(EmbeddedAgent hyperV, EmbeddedAgent appliance, RecordedHostWriter hyperVHost, Func<string, Task> print)
    {
        (_hyperV, _appliance, _hyperVHost, _print) = (hyperV, appliance, hyperVHost, print);
    }

    public IReadOnlyList<EmbeddedAgent> Agents => [_hyperV, _appliance];

    /// <summary>The agents' appliance ids, for which the server is given keys.</summary>
    public static IReadOnlyList<string> ApplianceIds => [DemoAgentPlan.HyperVHostId, DemoAgentPlan.ApplianceId];

    /// <summary>Lays out the agents' folders, writes their healthy hosts and starts them.</summary>
    public static async Task<DemoAgents> StartAsync(IReadOnlyList<ApplianceCredential> credentials, Uri server, string data, Func<string, Task> print, CancellationToken cancellationToken)
    {
        var hyperV = DemoAgentFolder.Create(data, credentials.Single(c => c.Id == DemoAgentPlan.HyperVHostId), ApplianceKind.HyperVReplica, server);
        hyperV.Host.Services(("vmms", "Running")).Replication(DemoAgentPlan.Vm).Events();
        var appliance = DemoAgentFolder.Create(data, credentials.Single(c => c.Id == DemoAgentPlan.ApplianceId), ApplianceKind.AzureMigrateVMware, server);
        appliance.Host.Services(("asrgwy", "Running"));

        // Warnings only, as the server logs: a healthy agent is quiet, a failing one says why.
        static void Logging(ILoggingBuilder logging) => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        var agents = new DemoAgents(EmbeddedAgent.Load(hyperV.ConfigFile, Logging), EmbeddedAgent.Load(appliance.ConfigFile, Logging), hyperV.Host, print);
        foreach (var agent in agents.Agents)
        {
            await agent.StartAsync(cancellationToken).ConfigureAwait(false);
        }

        return agents;
    }

    /// <summary>Plays the script for <paramref name="duration"/>, printing what the agents answered as they answer it.</summary>
    public async Task PlayAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var steps = new Queue<(TimeSpan At, Func<Task> Act)>(new (TimeSpan, Func<Task>)[]
        {
            (DemoAgentPlan.SilentAt, () => SilenceAsync(cancellationToken)),
            (DemoAgentPlan.ShutdownAt, ShutDownReplicaServerAsync),
            (DemoAgentPlan.BackAt, () => BringBackAsync(cancellationToken)),
        }.Where(s => s.Item1 < duration).OrderBy(s => s.Item1));
        var clock = Stopwatch.StartNew();
        try
        {
            while (clock.Elapsed < duration)
            {
                while (steps.TryPeek(out var step) && step.At <= clock.Elapsed)
                {
                    await steps.Dequeue().Act().ConfigureAwait(false);
                }

                await PrintAnswersAsync().ConfigureAwait(false);
                await Task.Delay(s_poll, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping early is a normal end of the demo.
        }

        await PrintAnswersAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var agent in Agents)
        {
            await agent.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task SilenceAsync(CancellationToken cancellationToken)
    {
        await _appliance.StopAsync(cancellationToken).ConfigureAwait(false);
        await _print($"  agent {_appliance.ApplianceId} stopped: the appliance goes silent").ConfigureAwait(false);
    }

    private async Task BringBackAsync(CancellationToken cancellationToken)
    {
        await _appliance.StartAsync(cancellationToken).ConfigureAwait(false);
        await _print($"  agent {_appliance.ApplianceId} started again: heartbeats resume where its sequence left off").ConfigureAwait(false);
    }

    private Task ShutDownReplicaServerAsync()
    {
        // The events first, then the state, in the order VMMS logs and applies them.
        _hyperVHost.Events(DemoAgentPlan.SuspendedAtShutdown(DateTimeOffset.UtcNow));
        _hyperVHost.Replication(DemoAgentPlan.Vm with { State = "Suspended" });
        return _print($"  agent {_hyperV.ApplianceId} host: {DemoAgentPlan.ReplicaServer} shut down during a send; VMMS logged 32022 and 32086, "
            + $"{DemoAgentPlan.Vm.VmName} is Suspended");
    }

    private async Task PrintAnswersAsync()
    {
        foreach (var agent in Agents)
        {
            var answers = agent.Activity.Answers;
            for (var i = _printed.GetValueOrDefault(agent); i < answers.Count; i++)
            {
                var answer = answers[i];
                await _print($"  agent {agent.ApplianceId} answered {answer.CommandId} ({(answer.Ok ? "ok" : "failed")}): {answer.Detail}").ConfigureAwait(false);
            }

            _printed[agent] = answers.Count;
        }
    }
}

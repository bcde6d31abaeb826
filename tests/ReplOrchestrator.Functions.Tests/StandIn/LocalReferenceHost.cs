using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Api.Probes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.Engine;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>The local host's path for the same scenario: the workflows in-process on the embedded engine, on a driven clock.</summary>
internal sealed class LocalReferenceHost : IScenarioHost, IAlertPublisher
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ManualTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly List<Alert> _topic = [];
    private readonly DurableEngine _engine;

    public LocalReferenceHost()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ScenarioSettings.Values.ToDictionary(p => p.Key, p => (string?)p.Value)).Build();
        var registry = new DurableTaskRegistry().AddReplicationWorkflows(new WorkflowDependencies(
            ReplConfiguration.WorkflowOptions(configuration), () => _engine!.Client, this, new DnsTcpCloudProbe(TimeProvider.System), _time));
        _engine = new DurableEngine(new EngineOptions { DatabasePath = Path.Combine(_directory.Path, "hub.db") },
            new InProcessOrchestrationInvoker(registry), new InProcessActivityInvoker(registry), _time);
    }

    public DateTimeOffset Now => _time.GetUtcNow();

    public IReadOnlyList<Alert> Topic
    {
        get
        {
            lock (_topic)
            {
                return [.. _topic];
            }
        }
    }

    public async Task<IReadOnlyList<ApplianceCommand>> SendAsync(Heartbeat heartbeat)
    {
        var status = await ApplianceMonitorClient.GetStatusAsync(_engine.Client, heartbeat.ApplianceId);
        await ApplianceMonitorClient.DeliverHeartbeatAsync(_engine.Client, heartbeat, Now);
        await _engine.RunUntilIdleAsync();
        var answered = heartbeat.ProbeResults.Select(r => r.CommandId).ToHashSet(StringComparer.Ordinal);
        return [.. (status?.PendingCommands ?? []).Where(c => !answered.Contains(c.CommandId))];
    }

    public async Task PassAsync(TimeSpan time)
    {
        _time.Advance(time);
        await _engine.RunUntilIdleAsync();
    }

    public Task PublishAsync(Alert alert, CancellationToken cancellationToken)
    {
        lock (_topic)
        {
            _topic.Add(alert);
        }

        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _engine.DisposeAsync();
        _directory.Dispose();
    }
}

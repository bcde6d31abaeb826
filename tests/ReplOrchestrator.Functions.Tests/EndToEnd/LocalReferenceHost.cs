using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.TestUtilities.Durable;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions.Tests.EndToEnd;

/// <summary>The local host's path for the same scenario: the shared registration on the embedded engine, the intake the API uses, a driven clock.</summary>
internal sealed class LocalReferenceHost : IScenarioHost, IAlertPublisher
{
    private readonly List<Alert> _topic = [];
    private readonly HeartbeatIntake _intake = new(new SequenceGate());
    private readonly SdkEngineHost _engine;

    public LocalReferenceHost()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(ScenarioSettings.Values).Build();
        var options = ReplConfiguration.WorkflowOptions(configuration);
        _engine = SdkEngineHost.Create(
            worker => worker.AddTasks(registry => registry.AddReplicationWorkflows(options)).Configure(durable => durable.DataConverter = DurableJson.Converter),
            services: services => services
                .AddSingleton<IAlertPublisher>(this)
                .AddSingleton<IHostApplicationLifetime, ApplicationLifetime>()
                .AddSingleton<ICloudProbe>(new OfflineCloudProbe())
                .AddSingleton(ReplConfiguration.Notifications(configuration)));
    }

    public DateTimeOffset Now => _engine.Time.GetUtcNow();

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
        var receipt = await _intake.TakeAsync(_engine.Client, heartbeat, Now, CancellationToken.None);
        await _engine.RunUntilIdleAsync();
        return receipt.Commands;
    }

    public Task PassAsync(TimeSpan time) => _engine.AdvanceAsync(time);

    public Task PublishAsync(Alert alert, CancellationToken cancellationToken)
    {
        lock (_topic)
        {
            _topic.Add(alert);
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => _engine.DisposeAsync();
}

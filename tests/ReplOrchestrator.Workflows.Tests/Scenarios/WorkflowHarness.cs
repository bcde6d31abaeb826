using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.Engine;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Silences;
using ReplOrchestrator.Workflows.Tests.Fakes;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// The replication workflows on the embedded engine with a driven clock: heartbeats go in the way the
/// API delivers them, time moves only when the test moves it, and alerts come out on a recording topic.
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private WorkflowHarness(WorkflowOptions options)
    {
        Options = options;
        var registry = new DurableTaskRegistry().AddReplicationWorkflows(
            new WorkflowDependencies(options, () => Engine!.Client, Published, CloudProbe, Time));
        Engine = new DurableEngine(
            new EngineOptions { DatabasePath = Path.Combine(_directory.Path, "hub.db") },
            new InProcessOrchestrationInvoker(registry),
            new InProcessActivityInvoker(registry),
            Time);
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    public RecordingAlertPublisher Published { get; } = new();

    public ScriptedCloudProbe CloudProbe { get; } = new();

    public WorkflowOptions Options { get; }

    public DurableEngine Engine { get; }

    public IDurableClient Client => Engine.Client;

    public DateTimeOffset Now => Time.GetUtcNow();

    public static WorkflowHarness Create(WorkflowOptions? options = null) => new(options ?? new WorkflowOptions());

    /// <summary>Delivers a heartbeat as the API does and lets everything it causes run.</summary>
    public async Task SendAsync(Heartbeat heartbeat)
    {
        await ApplianceMonitorClient.DeliverHeartbeatAsync(Client, heartbeat, Now);
        await Engine.RunUntilIdleAsync();
    }

    /// <summary>Moves the clock in steps, letting timers fire and work run at each step.</summary>
    public async Task AdvanceAsync(TimeSpan by, TimeSpan? step = null)
    {
        var stride = step ?? TimeSpan.FromSeconds(30);
        var end = Now + by;
        while (Now < end)
        {
            Time.Advance(end - Now < stride ? end - Now : stride);
            await Engine.RunUntilIdleAsync();
        }
    }

    public async Task<ApplianceStatus?> ApplianceAsync(string applianceId) => await ApplianceMonitorClient.GetStatusAsync(Client, applianceId);

    public async Task<VmStatus?> VmAsync(string applianceId, string vmId) =>
        (await Client.GetInstanceAsync(InstanceIds.Vm(applianceId, vmId), getInputsAndOutputs: true))?.ReadCustomStatusAs<VmStatus>();

    /// <summary>The alert as its lifecycle holds it now (firing or resolved), or null.</summary>
    public async Task<Alert?> AlertAsync(string applianceId, string? vmId, string code) =>
        (await Client.GetInstanceAsync(new AlertKey(applianceId, vmId, code).ToInstanceId(), getInputsAndOutputs: true))?.ReadCustomStatusAs<Alert>();

    public async Task AddSilenceAsync(Silence silence)
    {
        await Client.StartIfAbsentAsync<IReadOnlyList<Silence>?>(WorkflowNames.SilenceRegistry, InstanceIds.Silences, null);
        await Client.RaiseEventAsync(InstanceIds.Silences, EventNames.Signal, new SilenceSignal(silence, null));
        await Engine.RunUntilIdleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        _directory.Dispose();
    }
}

using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Engine;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Durable;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Notifications;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Ports;
using ReplOrchestrator.Workflows.Silences;
using ReplOrchestrator.Workflows.Tests.Fakes;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// The replication workflows on the embedded engine, registered as the hosts register them, with a
/// driven clock: heartbeats go in the way the API delivers them, time moves only when the test moves
/// it, and alerts come out on a recording topic.
/// </summary>
internal sealed class WorkflowHarness : IAsyncDisposable
{
    private readonly SdkEngineHost _host;

    private WorkflowHarness(WorkflowOptions options, NotificationPolicy policy)
    {
        Options = options;
        Notifications = new ScriptedNotificationSender(Time);
        _host = SdkEngineHost.Create(
            worker => worker
                .AddTasks(tasks => tasks.AddReplicationWorkflows(options))
                .Configure(durable => durable.DataConverter = DurableJson.Converter),
            services: services => services
                .AddSingleton<IAlertPublisher>(Published)
                .AddSingleton<ICloudProbe>(CloudProbe)
                .AddSingleton(policy)
                .AddSingleton<INotificationSender>(Notifications),
            time: Time);
    }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    public RecordingAlertPublisher Published { get; } = new();

    public ScriptedCloudProbe CloudProbe { get; } = new();

    public ScriptedNotificationSender Notifications { get; }

    public WorkflowOptions Options { get; }

    public DurableEngine Engine => _host.Engine;

    public DurableTaskClient Client => _host.Client;

    public DateTimeOffset Now => Time.GetUtcNow();

    public static WorkflowHarness Create(WorkflowOptions? options = null, NotificationPolicy? notifications = null) =>
        new(options ?? new WorkflowOptions(), notifications ?? NotificationPolicy.None);

    /// <summary>Every notification group's status.</summary>
    public async Task<IReadOnlyList<NotificationGroupStatus>> NotificationGroupsAsync()
    {
        List<NotificationGroupStatus> groups = [];
        await foreach (var instance in Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = InstanceIds.NotificationGroupPrefix, FetchInputsAndOutputs = true }))
        {
            groups.Add(instance.ReadCustomStatusAs<NotificationGroupStatus>()!);
        }

        return groups;
    }

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
        await Client.StartIfAbsentAsync(WorkflowNames.SilenceRegistry, InstanceIds.Silences, null);
        await Client.RaiseEventAsync(InstanceIds.Silences, EventNames.Signal, new SilenceSignal(silence, null));
        await Engine.RunUntilIdleAsync();
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

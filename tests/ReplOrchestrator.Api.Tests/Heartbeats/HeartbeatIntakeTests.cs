using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Engine.Hosting;
using ReplOrchestrator.TestUtilities.Durable;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Appliances;

namespace ReplOrchestrator.Api.Tests.Heartbeats;

/// <summary>The intake both hosts take heartbeats through, against a real task hub (in memory, never started).</summary>
public sealed class HeartbeatIntakeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 22, 3, 4, 5, TimeSpan.Zero);
    private readonly SequenceGate _gate = new();

    // The smallest payload the hub allows, so a heartbeat with a few dozen VMs cannot be stored.
    private readonly DurableEngine _engine = new(new EngineOptions { DatabasePath = EngineOptions.InMemory, MaxPayloadBytes = 1024 },
        new ScriptedOrchestrationInvoker().Add(WorkflowNames.ApplianceMonitor, _ => []).Add(WorkflowNames.Housekeeping, _ => []), new ScriptedActivityInvoker());

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _engine.DisposeAsync().AsTask();

    [Fact]
    public async Task HeartbeatThatCannotBeStored_GivesItsSequenceBack_SoTheRetryIsTakenNotCalledARepeat()
    {
        var intake = new HeartbeatIntake(_gate);
        var heartbeat = Heartbeat(sequence: 1, vms: 40);

        await Should.ThrowAsync<HeartbeatRefusedException>(() => intake.TakeAsync(_engine.Client, heartbeat, s_at, CancellationToken.None));
        await Should.ThrowAsync<HeartbeatRefusedException>(() => intake.TakeAsync(_engine.Client, heartbeat, s_at, CancellationToken.None));

        (await intake.TakeAsync(_engine.Client, Heartbeat(sequence: 1, vms: 1), s_at, CancellationToken.None)).IsDuplicate.ShouldBeFalse();
    }

    [Fact]
    public async Task SameSequenceTwice_IsTakenOnce_AndStartsTheMonitorOnce()
    {
        var intake = new HeartbeatIntake(_gate);

        (await intake.TakeAsync(_engine.Client, Heartbeat(sequence: 1, vms: 1), s_at, CancellationToken.None)).IsDuplicate.ShouldBeFalse();
        (await intake.TakeAsync(_engine.Client, Heartbeat(sequence: 1, vms: 1), s_at, CancellationToken.None)).IsDuplicate.ShouldBeTrue();

        (await _engine.Client.GetInstanceAsync(InstanceIds.Appliance("appl-a"), getInputsAndOutputs: false, CancellationToken.None)).ShouldNotBeNull();
        (await _engine.GetHistoryAsync(InstanceIds.Appliance("appl-a"))).ShouldBeEmpty("the monitor has not run: nothing but its inbox holds the heartbeat");
    }

    [Fact]
    public async Task HighestSequence_DoesNotHoldBackAnAgentThatCountsFromOneAgainLater()
    {
        var intake = new HeartbeatIntake(_gate);
        (await intake.TakeAsync(_engine.Client, Heartbeat(sequence: 9007199254740991, vms: 1), s_at, CancellationToken.None)).IsDuplicate.ShouldBeFalse();

        var restarted = await intake.TakeAsync(_engine.Client, Heartbeat(sequence: 1, vms: 1, sentAt: s_at.AddSeconds(1)), s_at.AddSeconds(1), CancellationToken.None);

        restarted.IsDuplicate.ShouldBeFalse("it was sent after the highest one, so it is no late delivery: the agent counts again");
    }

    private static Heartbeat Heartbeat(long sequence, int vms, DateTimeOffset? sentAt = null) => new(
        Domain.Heartbeats.Heartbeat.SchemaV1, "appl-a", ApplianceKind.AzureMigrateVMware, sequence, sentAt ?? s_at,
        [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)], [],
        [.. Enumerable.Range(0, vms).Select(i => new VmReport($"vm-{i:000}", $"vm{i:000}", "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), null))],
        [], [], []);
}

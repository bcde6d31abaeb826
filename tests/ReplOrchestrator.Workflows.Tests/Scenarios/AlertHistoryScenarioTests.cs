using Microsoft.DurableTask.Client;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Orchestration;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>An alert key that fires again after resolving: readers find the ended episode in the lifecycle's input at once.</summary>
public sealed class AlertHistoryScenarioTests
{
    private static readonly AlertKey s_key = AlertKey.Create(ApplianceId, VmId, CatalogCodes.ReplicationInError);

    [Fact]
    public async Task KeyFiringAgainAfterResolving_HasTheEndedEpisodeInItsInput_AndTheNewOneAsItsStatus()
    {
        await using var harness = WorkflowHarness.Create();
        await SignalAsync(harness, AlertSignal.Fire(Alert(s_key.Code, harness.Now), "fire-1", harness.Now, null));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        await SignalAsync(harness, AlertSignal.Resolve("resolve-1", harness.Now, "replication is Replicating again"));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(3));
        var ended = (await harness.AlertAsync(ApplianceId, VmId, s_key.Code))!;

        await SignalAsync(harness, AlertSignal.Fire(Alert(s_key.Code, harness.Now), "fire-2", harness.Now, null));

        var lifecycle = (await harness.Client.GetInstanceAsync(s_key.ToInstanceId(), getInputsAndOutputs: true))!;
        ended.Status.ShouldBe(AlertStatus.Resolved);
        var kept = lifecycle.ReadInputAs<AlertLifecycleState>()!.History.ShouldHaveSingleItem();
        (kept.Id, kept.Status, kept.LastSeen, kept.Summary).ShouldBe((ended.Id, ended.Status, ended.LastSeen, ended.Summary));
        var current = lifecycle.ReadCustomStatusAs<Alert>()!;
        (current.Status, current.Id == ended.Id).ShouldBe((AlertStatus.Firing, false));
    }

    private static async Task SignalAsync(WorkflowHarness harness, AlertSignal signal)
    {
        await harness.Client.StartIfAbsentAsync(WorkflowNames.AlertLifecycle, s_key.ToInstanceId(), new AlertLifecycleState(s_key) { KeepsHistory = true });
        await harness.Client.RaiseEventAsync(s_key.ToInstanceId(), EventNames.Signal, signal);
        await harness.Engine.RunUntilIdleAsync();
    }
}

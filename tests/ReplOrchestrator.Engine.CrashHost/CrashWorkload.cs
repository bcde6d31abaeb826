using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Engine.CrashHost;

/// <summary>
/// The crash test's workload: each instance runs two activities in sequence, waits on a durable timer,
/// runs a child of two activities as a sub-orchestration, fans out three activities, and completes.
/// Every activity appends its input as one line to the effects file, so the test can check that
/// every step's effect happened at least once.
/// </summary>
public static class CrashWorkload
{
    public const string Orchestrator = "CrashParent";
    public const string Child = "CrashChild";
    public const string Activity = "Append";
    public const string Output = "\"ok\"";
    public static readonly TimeSpan TimerDelay = TimeSpan.FromMilliseconds(200);

    public static string InstanceId(int index) => $"crash-{index:D3}";

    public static string ChildId(string instanceId) => instanceId + ":child";

    /// <summary>Every line the effects file must hold (at least once) for one instance.</summary>
    public static IEnumerable<string> ExpectedEffects(string instanceId) =>
    [
        SampleOrchestrations.StepKey(instanceId, 0),
        SampleOrchestrations.StepKey(instanceId, 1),
        SampleOrchestrations.StepKey(ChildId(instanceId), 0),
        SampleOrchestrations.StepKey(ChildId(instanceId), 1),
        .. Enumerable.Range(0, 3).Select(i => $"{instanceId}:fan{i}"),
    ];

    public static ScriptedOrchestrationInvoker Orchestrations() =>
        new ScriptedOrchestrationInvoker { RecordRequests = false }
            .Add(Orchestrator, Parent)
            .Add(Child, SampleOrchestrations.Sequence(Activity, 2));

    public static ScriptedActivityInvoker Activities(string effectsPath) =>
        new ScriptedActivityInvoker().AddAsync(Activity, async (call, cancellationToken) =>
        {
            await EffectsFile.AppendAsync(effectsPath, System.Text.Json.JsonSerializer.Deserialize<string>(call.SerializedInput!)!, cancellationToken);
            return call.SerializedInput;
        });

    private static IEnumerable<OrchestratorAction> Parent(HistoryView view)
    {
        var results = view.TaskResults.Select(r => r.TaskScheduledId).ToHashSet();
        var id = view.InstanceId;
        yield return Actions.CallActivity(0, Activity, SampleOrchestrations.Json(SampleOrchestrations.StepKey(id, 0)));
        if (!results.Contains(0))
        {
            yield break;
        }

        yield return Actions.CallActivity(1, Activity, SampleOrchestrations.Json(SampleOrchestrations.StepKey(id, 1)));
        if (!results.Contains(1))
        {
            yield break;
        }

        yield return Actions.CreateTimer(2, view.StartedAt + TimerDelay);
        if (!view.TimersFired.Any())
        {
            yield break;
        }

        yield return Actions.CallSubOrchestrator(3, Child, ChildId(id), null);
        if (view.SubOrchestrationResult is null)
        {
            yield break;
        }

        for (var i = 0; i < 3; i++)
        {
            yield return Actions.CallActivity(4 + i, Activity, SampleOrchestrations.Json($"{id}:fan{i}"));
        }

        if (results.IsSupersetOf([4, 5, 6]))
        {
            yield return Actions.Complete(7, Output);
        }
    }
}

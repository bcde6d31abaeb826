using Microsoft.DurableTask;

namespace ReplOrchestrator.Engine.CrashHost;

/// <summary>
/// The crash test's workload for Microsoft's SDK: each instance calls two activities in sequence, starts a
/// partner orchestration and sends it an event, waits for the partner's answering event (the partner runs
/// an activity in between), fans out three activities, and returns every activity's result once.
/// Every activity appends its input as one line to the effects file and returns <see cref="Result"/> of it.
/// </summary>
public static class SdkCrashWorkload
{
    public const string Orchestrator = "SdkCrashParent";
    public const string Partner = "SdkCrashPartner";
    public const string Activity = "SdkAppend";
    public const string Ping = "ping";
    public const string Pong = "pong";
    private const int FanOut = 3;
    private static readonly TimeSpan s_workAfterEffect = TimeSpan.FromMilliseconds(20);

    public static string InstanceId(int index) => $"sdk-{index:D3}";

    public static string PartnerId(string instanceId) => instanceId + ":partner";

    public static string Result(string effect) => "did " + effect;

    /// <summary>Every line the effects file must hold (at least once) for one instance, in the order the output lists their results.</summary>
    public static IEnumerable<string> ExpectedEffects(string instanceId) =>
    [
        $"{instanceId}:a",
        $"{instanceId}:b",
        $"{instanceId}:pong",
        .. Enumerable.Range(0, FanOut).Select(i => $"{instanceId}:fan{i}"),
    ];

    /// <summary>The parent's output: each result exactly once, however often an activity ran.</summary>
    public static string ExpectedOutput(string instanceId) => string.Join('|', ExpectedEffects(instanceId).Select(Result));

    public static void AddTasks(DurableTaskRegistry tasks, string effectsPath) => tasks
        .AddActivityFunc<string, string>(Activity, async (_, effect) =>
        {
            await EffectsFile.AppendAsync(effectsPath, effect);
            // A real activity's effect happens a while before its result is recorded; the pause widens
            // that window so that kills land in it and the engine has to run activities again.
            await Task.Delay(s_workAfterEffect);
            return Result(effect);
        })
        .AddOrchestratorFunc<string?, string>(Orchestrator, ParentAsync)
        .AddOrchestratorFunc<string, string>(Partner, PartnerAsync);

    private static async Task<string> ParentAsync(TaskOrchestrationContext context, string? input)
    {
        var id = context.InstanceId;
        var a = await context.CallActivityAsync<string>(Activity, $"{id}:a");
        var b = await context.CallActivityAsync<string>(Activity, $"{id}:b");
        // The partner is created before the event is sent, in the same episode, so the event finds it.
        var partnerId = PartnerId(id);
        var partner = context.CallSubOrchestratorAsync<string>(Partner, id, new SubOrchestrationOptions { InstanceId = partnerId });
        context.SendEvent(partnerId, Ping, $"{id}:pong");
        var reply = await context.WaitForExternalEvent<string>(Pong);
        var partnerResult = await partner;
        if (!string.Equals(reply, partnerResult, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The partner answered '{reply}' but returned '{partnerResult}'.");
        }

        var fan = await Task.WhenAll(Enumerable.Range(0, FanOut).Select(i => context.CallActivityAsync<string>(Activity, $"{id}:fan{i}")));
        return string.Join('|', [a, b, reply, .. fan]);
    }

    private static async Task<string> PartnerAsync(TaskOrchestrationContext context, string parentId)
    {
        var effect = await context.WaitForExternalEvent<string>(Ping);
        var result = await context.CallActivityAsync<string>(Activity, effect);
        context.SendEvent(parentId, Pong, result);
        return result;
    }
}

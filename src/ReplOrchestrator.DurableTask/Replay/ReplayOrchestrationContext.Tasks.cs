using System.Runtime.ExceptionServices;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Replay;

internal sealed partial class ReplayOrchestrationContext
{
    public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null) =>
        ReadAsync<TResult>(CallActivity(name, input, retry));

    // The untyped forms skip deserialization: a result nobody reads must not be able to fail the call.
    public override Task CallActivityAsync(string name, object? input = null, RetryPolicy? retry = null) =>
        CallActivity(name, input, retry);

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, SubOrchestrationOptions? options = null) =>
        ReadAsync<TResult>(CallSubOrchestrator(name, input, options));

    public override Task CallSubOrchestratorAsync(string name, object? input = null, SubOrchestrationOptions? options = null) =>
        CallSubOrchestrator(name, input, options);

    private Task<string?> CallActivity(string name, object? input, RetryPolicy? retry)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        EnsureOnReplayThread();
        var serializedInput = DurableJson.Serialize(input);
        return retry is null
            ? ScheduleActivity(name, serializedInput)
            : WithRetriesAsync(name, retry, () => ScheduleActivity(name, serializedInput));
    }

    private Task<string?> CallSubOrchestrator(string name, object? input, SubOrchestrationOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        EnsureOnReplayThread();
        var serializedInput = DurableJson.Serialize(input);

        // A generated id is taken per attempt, so a retry starts a fresh child instead of colliding with the failed one.
        return options?.Retry is { } retry
            ? WithRetriesAsync(name, retry, () => StartSubOrchestration(name, options.InstanceId, serializedInput))
            : StartSubOrchestration(name, options?.InstanceId, serializedInput);
    }

    private static async Task<T> ReadAsync<T>(Task<string?> serialized) => DurableJson.Deserialize<T>(await serialized)!;

    private Task<string?> ScheduleActivity(string name, string? serializedInput)
    {
        var scheduled = new ScheduledAction(ScheduledKind.Activity, name);
        var id = _state.Actions.Add(scheduled, serializedInput);
        return _state.OpenTasks.Open(id, scheduled).Task;
    }

    private Task<string?> StartSubOrchestration(string name, string? instanceId, string? serializedInput)
    {
        var scheduled = new ScheduledAction(ScheduledKind.SubOrchestration, name);
        var id = _state.Actions.Add(scheduled, serializedInput, instanceId ?? NewGuid().ToString("N"));
        return _state.OpenTasks.Open(id, scheduled).Task;
    }

    private async Task<string?> WithRetriesAsync(string name, RetryPolicy policy, Func<Task<string?>> attempt)
    {
        var firstAttemptAt = CurrentUtcDateTime;
        for (var failedAttempts = 1; ; failedAttempts++)
        {
            TaskFailedException failure;
            try
            {
                return await attempt();
            }
            catch (TaskFailedException e)
            {
                failure = e;
            }

            var delay = policy.GetNextDelay(failedAttempts, CurrentUtcDateTime - firstAttemptAt, failure.FailureDetails);
            if (delay is null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            Log.RetryingTask(_logger, InstanceId, name, failedAttempts, delay.Value);
            await CreateTimer(CurrentUtcDateTime + delay.Value);
        }
    }
}

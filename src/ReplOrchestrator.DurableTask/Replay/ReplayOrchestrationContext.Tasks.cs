using System.Runtime.ExceptionServices;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Replay;

internal sealed partial class ReplayOrchestrationContext
{
    public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        EnsureOnReplayThread();
        var serializedInput = DurableJson.Serialize(input);
        var result = retry is null
            ? ScheduleActivity(name, serializedInput)
            : WithRetriesAsync(name, retry, () => ScheduleActivity(name, serializedInput));
        return ReadAsync<TResult>(result);
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, SubOrchestrationOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        EnsureOnReplayThread();
        var serializedInput = DurableJson.Serialize(input);

        // A generated id is taken per attempt, so a retry starts a fresh child instead of colliding with the failed one.
        var result = options?.Retry is { } retry
            ? WithRetriesAsync(name, retry, () => StartSubOrchestration(name, options.InstanceId, serializedInput))
            : StartSubOrchestration(name, options?.InstanceId, serializedInput);
        return ReadAsync<TResult>(result);
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

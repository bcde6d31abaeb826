using Microsoft.Extensions.Logging;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.Engine.Storage;

namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// Runs activity tasks and delivers their results. Activities are at-least-once: a task whose worker
/// died or overran its lock runs again, and only the first result committed reaches the orchestration.
/// </summary>
internal sealed class ActivityDispatcher(
    IEngineStore store,
    IActivityInvoker activities,
    EngineOptions options,
    TimeProvider time,
    EngineSignals signals,
    ILogger logger)
{
    private static readonly TimeSpan s_maxRetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>Runs one ready activity task, if there is one.</summary>
    /// <returns><see langword="false"/> when no task was ready.</returns>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var workItem = await store.TryLockActivityAsync().ConfigureAwait(false);
        if (workItem is null)
        {
            return false;
        }

        HistoryEvent result;
        try
        {
            result = await RunAsync(workItem, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await store.AbandonActivityAsync(workItem, TimeSpan.Zero).ConfigureAwait(false);
            throw;
        }
#pragma warning disable CA1031 // The invoker could not run the activity at all (its contract): retry later.
        catch (Exception error)
#pragma warning restore CA1031
        {
            if (workItem.DequeueCount < options.MaxActivityAttempts)
            {
                await RetryLaterAsync(workItem, error).ConfigureAwait(false);
                return true;
            }

            Log.ActivityAttemptsExhausted(logger, error, workItem.ToString(), workItem.DequeueCount);
            result = GaveUp(workItem, error);
        }

        try
        {
            await store.CompleteActivityAsync(workItem, result).ConfigureAwait(false);
            signals.Orchestrations.Pulse();
        }
        catch (WorkItemLockLostException)
        {
            Log.ActivityLockLost(logger, workItem.ToString());
        }

        return true;
    }

    private async Task<HistoryEvent> RunAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        var task = workItem.Task;
        if (!activities.IsRegistered(task.Name))
        {
            Log.ActivityNotRegistered(logger, workItem.ToString());
            return Failed(task, EngineFailureTypes.NotRegistered, $"No activity named '{task.Name}' is registered.");
        }

        var invocation = new ActivityInvocation(task.Name, task.InstanceId, task.TaskScheduledId, task.Input);
        var outcome = await activities.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        if (outcome.Failure is { } failure)
        {
            return HistoryEvents.TaskFailed(time.GetUtcNow(), task.TaskScheduledId, FailureDetailsMapping.ToProtocol(failure));
        }

        return InputRules.CheckPayload(outcome.SerializedOutput, options.MaxPayloadBytes, $"output of activity '{task.Name}'") is { } tooLarge
            ? Failed(task, EngineFailureTypes.PayloadTooLarge, tooLarge)
            : HistoryEvents.TaskCompleted(time.GetUtcNow(), task.TaskScheduledId, outcome.SerializedOutput);
    }

    private HistoryEvent GaveUp(ActivityWorkItem workItem, Exception error)
    {
        var failure = HistoryEvents.EngineFailure(
            EngineFailureTypes.InvocationFailed,
            $"Activity '{workItem.Task.Name}' could not be invoked in {workItem.DequeueCount} attempts: {error.Message}");
        failure.InnerFailure = FailureDetailsMapping.ToProtocol(DurableTask.Abstractions.TaskFailureDetails.FromException(error));
        return HistoryEvents.TaskFailed(time.GetUtcNow(), workItem.Task.TaskScheduledId, failure);
    }

    private HistoryEvent Failed(ActivityTask task, string errorType, string message) =>
        HistoryEvents.TaskFailed(time.GetUtcNow(), task.TaskScheduledId, HistoryEvents.EngineFailure(errorType, message));

    // Exponential back-off from one second, capped, and a wake-up when it has passed.
    private async Task RetryLaterAsync(ActivityWorkItem workItem, Exception error)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(workItem.DequeueCount - 1, 16)), s_maxRetryDelay.TotalSeconds));
        Log.ActivityInvokerFailed(logger, error, workItem.ToString(), workItem.DequeueCount, delay);
        await store.AbandonActivityAsync(workItem, delay).ConfigureAwait(false);
        _ = Task.Delay(delay, time).ContinueWith(_ => signals.Activities.Pulse(), TaskScheduler.Default);
    }
}

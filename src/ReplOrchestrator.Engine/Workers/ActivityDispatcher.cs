using Microsoft.Extensions.Logging;
using ReplOrchestrator.Engine.Hosting;
using Microsoft.DurableTask.Protobuf;
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
        ActivityResult outcome;
        // The timeout starts before the call, so a test's clock never outruns it.
        using (var timeout = new CancellationTokenSource(options.ActivityTimeout, time))
        using (var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            var keepLocked = KeepLockedAsync(workItem, running.Token);
            try
            {
                outcome = await activities.InvokeAsync(invocation, running.Token).AsTask().WaitAsync(running.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                // The engine stops waiting; the activity was told through its token.
                Log.ActivityTimedOut(logger, workItem.ToString(), options.ActivityTimeout);
                return Failed(task, EngineFailureTypes.ActivityTimedOut, $"Activity '{task.Name}' did not finish within {options.ActivityTimeout} (EngineOptions.ActivityTimeout).");
            }
            finally
            {
                await running.CancelAsync().ConfigureAwait(false);
                await keepLocked.ConfigureAwait(false);
            }
        }

        if (outcome.Failure is { } failure)
        {
            return HistoryEvents.TaskFailed(time.GetUtcNow(), task.TaskScheduledId, failure);
        }

        return InputRules.CheckPayload(outcome.SerializedOutput, options.MaxPayloadBytes, $"output of activity '{task.Name}'") is { } tooLarge
            ? Failed(task, EngineFailureTypes.PayloadTooLarge, tooLarge)
            : HistoryEvents.TaskCompleted(time.GetUtcNow(), task.TaskScheduledId, outcome.SerializedOutput);
    }

    // A long activity renews its lock every third of the lock timeout, so no other worker starts it
    // again while it runs; without this an activity slower than the timeout would be taken over
    // forever and never finish.
    private async Task KeepLockedAsync(ActivityWorkItem workItem, CancellationToken running)
    {
        try
        {
            var next = Task.Delay(options.LockTimeout / 3, time, running);
            while (true)
            {
                // Most activities finish long before a renewal: no exception for that common end.
                await next.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (running.IsCancellationRequested)
                {
                    return;
                }

                if (!await store.RenewActivityLockAsync(workItem).ConfigureAwait(false))
                {
                    Log.ActivityLockTakenOver(logger, workItem.ToString());
                    return;
                }

                // The next wait is set before the renewal is reported, so whoever reads the report
                // (a test moving a manual clock) can be sure the next renewal is due.
                next = Task.Delay(options.LockTimeout / 3, time, running);
                Log.ActivityLockRenewed(logger, workItem.ToString());
            }
        }
#pragma warning disable CA1031 // A failed renewal must not fail the activity; at worst it runs again elsewhere.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Log.ActivityLockRenewalFailed(logger, error, workItem.ToString());
        }
    }

    private HistoryEvent GaveUp(ActivityWorkItem workItem, Exception error)
    {
        var failure = HistoryEvents.EngineFailure(
            EngineFailureTypes.InvocationFailed,
            $"Activity '{workItem.Task.Name}' could not be invoked in {workItem.DequeueCount} attempts: {error.Message}");
        failure.InnerFailure = FailureDetails.FromException(error);
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

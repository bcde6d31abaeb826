using Microsoft.Extensions.Logging;
using ReplOrchestrator.Engine.Hosting;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.Engine.Storage;

namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// Runs orchestration episodes: lock an instance, build its request from stored history, invoke the
/// orchestrator, apply the response to the runtime state, commit it all in one transaction.
/// </summary>
/// <remarks>
/// State changes are exactly once: an episode either commits whole or not at all, and a worker whose
/// lock was taken over commits nothing. The same episode may be invoked more than once (after a
/// crash or a lost lock); orchestrators are replayed code, so that is harmless.
/// </remarks>
internal sealed class OrchestrationDispatcher(
    IEngineStore store,
    IOrchestrationInvoker orchestrations,
    EngineOptions options,
    TimeProvider time,
    EngineSignals signals,
    InstanceWaiters waiters,
    ILogger logger)
{
    /// <summary>Processes one ready work item, if there is one.</summary>
    /// <returns><see langword="false"/> when no instance had work ready.</returns>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        var workItem = await store.TryLockOrchestrationAsync().ConfigureAwait(false);
        if (workItem is null)
        {
            return false;
        }

        try
        {
            await ProcessAsync(workItem, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkItemLockLostException)
        {
            Log.EpisodeLockLost(logger, workItem.InstanceId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await store.AbandonOrchestrationAsync(workItem).ConfigureAwait(false);
            throw;
        }
#pragma warning disable CA1031 // One broken instance must not stop the engine; its lock expiry paces the retry.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Log.EpisodeError(logger, error, workItem.InstanceId);
        }

        return true;
    }

    private async Task ProcessAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (state, consumed) = Accept(workItem, now);
        if (state.NewEvents.Count > 0)
        {
            await RunAsync(workItem, state, now, cancellationToken).ConfigureAwait(false);
            state.EndEpisode(now);
        }

        await store.CompleteOrchestrationAsync(workItem, new EpisodeCommit(state, consumed)).ConfigureAwait(false);
        Announce(workItem, state);
    }

    // Takes the inbox messages in order. Messages after a suspend stay in the inbox: the suspended
    // instance wakes again only for a resume or a terminate.
    private (OrchestrationRuntimeState State, long? LastConsumed) Accept(OrchestrationWorkItem workItem, DateTimeOffset now)
    {
        var state = NewState(workItem);
        state.BeginEpisode(now);
        long? consumed = null;
        var accepted = 0;
        foreach (var (inboxId, message) in workItem.Messages)
        {
            consumed = inboxId;
            if (!state.TryAccept(message, out var reason))
            {
                Log.MessageDropped(logger, workItem.InstanceId, message.Event.EventTypeCase.ToString(), reason);
                continue;
            }

            accepted++;
            if (message.Event.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionSuspended)
            {
                break;
            }
        }

        // Nothing new: no episode, only the dropped messages go.
        return (accepted > 0 ? state : NewState(workItem), consumed);
    }

    private async Task RunAsync(OrchestrationWorkItem workItem, OrchestrationRuntimeState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsRegistered(workItem, state, now))
        {
            return;
        }

        while (true)
        {
            var request = new OrchestratorRequest
            {
                InstanceId = workItem.InstanceId,
                ExecutionId = state.ExecutionId,
                PastEvents = { state.OldEvents },
                NewEvents = { state.NewEvents },
            };
            OrchestratorResponse response;
            try
            {
                response = await orchestrations.InvokeAsync(workItem.Name, request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                FailInvocation(workItem, state, error, now);
                return;
            }

            if (!state.ApplyResponse(response, now))
            {
                return;
            }
        }
    }

    // Once per episode, not per continue-as-new round. Resolving the name may run user code (an
    // orchestrator's constructor), so its failure fails the instance like a failing invoker.
    private bool IsRegistered(OrchestrationWorkItem workItem, OrchestrationRuntimeState state, DateTimeOffset now)
    {
        try
        {
            if (orchestrations.IsRegistered(workItem.Name))
            {
                return true;
            }
        }
#pragma warning disable CA1031 // Whatever the orchestrator's creation throws is the instance's failure.
        catch (Exception error)
#pragma warning restore CA1031
        {
            FailInvocation(workItem, state, error, now);
            return false;
        }

        Log.OrchestratorNotRegistered(logger, workItem.InstanceId, workItem.Name);
        state.Fail(HistoryEvents.EngineFailure(EngineFailureTypes.NotRegistered, $"No orchestrator named '{workItem.Name}' is registered."), now);
        return false;
    }

    private void FailInvocation(OrchestrationWorkItem workItem, OrchestrationRuntimeState state, Exception error, DateTimeOffset now)
    {
        Log.InvokerFailed(logger, error, workItem.InstanceId);
        var failure = HistoryEvents.EngineFailure(EngineFailureTypes.InvocationFailed, $"The orchestration invoker failed: {error.Message}");
        failure.InnerFailure = FailureDetails.FromException(error);
        state.Fail(failure, now);
    }

    private void Announce(OrchestrationWorkItem workItem, OrchestrationRuntimeState state)
    {
        var outbox = state.Outbox;
        signals.Orchestrations.Pulse(outbox.Messages.Count);
        signals.Activities.Pulse(outbox.ActivityTasks.Count);
        signals.Timers.Pulse(Math.Min(1, outbox.Timers.Count));

        if (state.NewEvents.Count == 0)
        {
            return;
        }

        if (state.IsCompleted)
        {
            Log.InstanceFinished(logger, workItem.InstanceId, workItem.Name, state.Status.ToString());
        }

        waiters.Notify(workItem.InstanceId);
    }

    private OrchestrationRuntimeState NewState(OrchestrationWorkItem workItem) =>
        new(workItem.InstanceId, workItem.History, workItem.CustomStatus, ExecutionIds.New, options.MaxPayloadBytes);
}

using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Replay;

internal sealed partial class OrchestrationExecutor
{
    private void Apply(HistoryEvent e)
    {
        // While suspended, everything but resume, terminate and the episode markers waits for the
        // resume; the markers still move the clock, so held events replay at the resume's time.
        if (_isSuspended && e.EventTypeCase is not (HistoryEvent.EventTypeOneofCase.ExecutionResumed
            or HistoryEvent.EventTypeOneofCase.ExecutionTerminated
            or HistoryEvent.EventTypeOneofCase.OrchestratorStarted
            or HistoryEvent.EventTypeOneofCase.OrchestratorCompleted))
        {
            _heldWhileSuspended.Add(e);
            return;
        }

        switch (e.EventTypeCase)
        {
            case HistoryEvent.EventTypeOneofCase.OrchestratorStarted:
                _state.Now = e.Timestamp?.ToDateTimeOffset() ?? _state.Now;
                break;
            case HistoryEvent.EventTypeOneofCase.ExecutionStarted:
                Start(e);
                break;
            case HistoryEvent.EventTypeOneofCase.ExecutionTerminated:
                Terminate(e.ExecutionTerminated);
                break;
            case HistoryEvent.EventTypeOneofCase.ExecutionSuspended:
                _isSuspended = true;
                break;
            case HistoryEvent.EventTypeOneofCase.ExecutionResumed:
                Resume();
                break;
            case HistoryEvent.EventTypeOneofCase.TaskScheduled:
                _state.Actions.Match(e.EventId, new ScheduledAction(ScheduledKind.Activity, e.TaskScheduled.Name));
                break;
            case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated:
                _state.Actions.Match(e.EventId, new ScheduledAction(ScheduledKind.SubOrchestration, e.SubOrchestrationInstanceCreated.Name));
                break;
            case HistoryEvent.EventTypeOneofCase.TimerCreated:
                _state.Actions.Match(e.EventId, new ScheduledAction(ScheduledKind.Timer, null));
                break;
            case HistoryEvent.EventTypeOneofCase.EventSent:
                _state.Actions.Match(e.EventId, new ScheduledAction(ScheduledKind.EventSent, e.EventSent.Name));
                break;
            case HistoryEvent.EventTypeOneofCase.TaskCompleted:
                Resolve(e.TaskCompleted.TaskScheduledId, ScheduledKind.Activity)?.Complete(e.TaskCompleted.Result);
                break;
            case HistoryEvent.EventTypeOneofCase.TaskFailed:
                FailTask(e.TaskFailed.TaskScheduledId, ScheduledKind.Activity, e.TaskFailed.FailureDetails);
                break;
            case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted:
                Resolve(e.SubOrchestrationInstanceCompleted.TaskScheduledId, ScheduledKind.SubOrchestration)?.Complete(e.SubOrchestrationInstanceCompleted.Result);
                break;
            case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed:
                FailTask(e.SubOrchestrationInstanceFailed.TaskScheduledId, ScheduledKind.SubOrchestration, e.SubOrchestrationInstanceFailed.FailureDetails);
                break;
            case HistoryEvent.EventTypeOneofCase.TimerFired:
                Resolve(e.TimerFired.TimerId, ScheduledKind.Timer)?.Complete(null);
                break;
            case HistoryEvent.EventTypeOneofCase.EventRaised:
                Raise(e);
                break;
            default:
                // OrchestratorCompleted, ExecutionCompleted, ContinueAsNew and the rest carry nothing
                // the code needs: they mark ends of episodes and executions, or belong to features
                // (entities, rewind) that reach orchestrations in this protocol as ordinary events.
                break;
        }
    }

    private void Start(HistoryEvent e)
    {
        if (_orchestration is not null)
        {
            return;
        }

        var started = e.ExecutionStarted;
        var name = _orchestratorName ?? started.Name;
        if (_state.Now == default && e.Timestamp is { } timestamp)
        {
            _state.Now = timestamp.ToDateTimeOffset();
        }

        if (!_registry.TryGetOrchestrator(name, out var registration))
        {
            Halt(Failed(new TaskNotRegisteredException("orchestrator", name), nonRetriable: true));
            return;
        }

        var instanceId = _request.InstanceId is { Length: > 0 } id ? id : started.OrchestrationInstance?.InstanceId ?? string.Empty;
        var parentInstanceId = started.ParentInstance?.OrchestrationInstance?.InstanceId;
        _context = new ReplayOrchestrationContext(_state, instanceId, registration.Name, parentInstanceId, _loggerFactory);
        _orchestration = registration.RunAsync(_context, started.Input);
    }

    private void Terminate(ExecutionTerminatedEvent terminated)
    {
        if (_completion is not null)
        {
            return;
        }

        _isSuspended = false;
        Halt(Completion(OrchestrationStatus.Terminated, terminated.Input));
    }

    private void Resume()
    {
        if (!_isSuspended)
        {
            return;
        }

        _isSuspended = false;
        var held = _heldWhileSuspended.ToArray();
        _heldWhileSuspended.Clear();
        foreach (var e in held)
        {
            if (_halted)
            {
                return;
            }

            Step(e);
        }
    }

    private void Raise(HistoryEvent e)
    {
        if (_completion is null)
        {
            _state.Inbox.Deliver(e);
        }
        else if (_state.ContinueAsNew is not null)
        {
            // Arrived after the code chose to continue as new: the next generation gets it.
            _raisedAfterCompletion.Add(e);
        }
    }

    private void FailTask(int sequenceNumber, ScheduledKind kind, Protocol.TaskFailureDetails? details)
    {
        if (Resolve(sequenceNumber, kind) is { } task)
        {
            task.Fail(new TaskFailedException(task.Scheduled.Name!, sequenceNumber, details.ToFailureDetails()));
        }
    }

    // The open task a completion refers to; none once the orchestrator has finished, for a duplicate,
    // or for a cancelled wait, and such completions are dropped (protocol.md §4 rule 5).
    private OpenTask? Resolve(int sequenceNumber, ScheduledKind kind)
    {
        var task = _completion is null ? _state.OpenTasks.Close(sequenceNumber, kind) : null;
        if (task is null)
        {
            Log.CompletionIgnored(_logger, InstanceId, kind.ToString(), sequenceNumber);
        }

        return task;
    }
}

using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>Applying an orchestrator's response: actions become history events and outbox entries.</summary>
internal sealed partial class OrchestrationRuntimeState
{
    /// <summary>How many times one episode may continue as new before the engine calls it a loop.</summary>
    public const int MaxContinueAsNewPerEpisode = 100;

    private int _continuedAsNewCount;

    /// <summary>
    /// Applies one response. Action ids become the eventIds of the scheduled events, so completions
    /// can refer back to them (protocol §4.4).
    /// </summary>
    /// <returns>
    /// <see langword="true"/> when the orchestrator continued as new: the state now holds the new
    /// execution's first events and the orchestrator must run again in this episode (protocol §4.8).
    /// </returns>
    public bool ApplyResponse(OrchestratorResponse response, DateTimeOffset now)
    {
        // A terminated instance ends as Terminated whatever else the response holds.
        if (_terminationRequested)
        {
            ApplyTermination(response, now);
            return false;
        }

        response = FailedCompletionWins(response);
        if (ActionCheck.Check(response, _usedActionIds, _maxPayloadBytes) is { } failure)
        {
            Fail(failure, now);
            return false;
        }

        CustomStatus = response.CustomStatus;

        foreach (var action in response.Actions)
        {
            if (action.OrchestratorActionTypeCase == OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration)
            {
                return Complete(action.Id, action.CompleteOrchestration, now);
            }

            Apply(action, now);
        }

        return false;
    }

    // A FAILED completion ends the execution whatever else the response holds: Microsoft's runner puts
    // a stray action beside a non-determinism failure (the action the replayed code took instead),
    // and applying that action, or refusing it as a reused id, would hide the real failure.
    private static OrchestratorResponse FailedCompletionWins(OrchestratorResponse response)
    {
        var failed = response.Actions.FirstOrDefault(a =>
            a.OrchestratorActionTypeCase == OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration
            && a.CompleteOrchestration.OrchestrationStatus == OrchestrationStatus.Failed);
        return failed is null || response.Actions.Count == 1
            ? response
            : new OrchestratorResponse { InstanceId = response.InstanceId, CustomStatus = response.CustomStatus, Actions = { failed } };
    }

    /// <summary>Ends the execution as failed for a reason the engine found (nothing the orchestrator returned is applied).</summary>
    public void Fail(TaskFailureDetails failure, DateTimeOffset now) =>
        Finish(HistoryEvents.NoId, OrchestrationStatus.Failed, null, failure, now);

    private void Apply(OrchestratorAction action, DateTimeOffset now)
    {
        switch (action.OrchestratorActionTypeCase)
        {
            case OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask:
                var task = action.ScheduleTask;
                Append(new HistoryEvent
                {
                    EventId = action.Id,
                    Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now),
                    TaskScheduled = new TaskScheduledEvent { Name = task.Name, Version = task.Version, Input = task.Input, Tags = { task.Tags } },
                });
                Outbox.ActivityTasks.Add(new ActivityTask(InstanceId, ExecutionId!, action.Id, task.Name, task.Input));
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer:
                var fireAt = action.CreateTimer.FireAt;
                Append(new HistoryEvent
                {
                    EventId = action.Id,
                    Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now),
                    TimerCreated = new TimerCreatedEvent { FireAt = fireAt },
                });
                Outbox.Timers.Add(new DurableTimer(InstanceId, ExecutionId!, fireAt.ToDateTimeOffset(), HistoryEvents.TimerFired(now, action.Id, fireAt)));
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration:
                StartSubOrchestration(action.Id, action.CreateSubOrchestration, now);
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent:
                var send = action.SendEvent;
                Append(new HistoryEvent
                {
                    EventId = action.Id,
                    Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now),
                    EventSent = new EventSentEvent { InstanceId = send.Instance.InstanceId, Name = send.Name, Input = send.Data },
                });
                Outbox.Messages.Add(new OrchestratorMessage(send.Instance.InstanceId, new InboxMessage(HistoryEvents.EventRaised(now, send.Name, send.Data), null)));
                break;
            default:
                throw new InvalidOperationException($"ActionCheck let a {action.OrchestratorActionTypeCase} action through.");
        }
    }

    private void StartSubOrchestration(int id, CreateSubOrchestrationAction create, DateTimeOffset now)
    {
        // The SDK names sub-orchestrations deterministically (protocol §4.13); this fallback is too.
        var childId = string.IsNullOrEmpty(create.InstanceId) ? $"{InstanceId}:{id:x4}" : create.InstanceId;
        Append(new HistoryEvent
        {
            EventId = id,
            Timestamp = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now),
            SubOrchestrationInstanceCreated = new SubOrchestrationInstanceCreatedEvent
            {
                InstanceId = childId, Name = create.Name, Version = create.Version, Input = create.Input, Tags = { create.Tags },
            },
        });

        if (InputRules.CheckInstanceId(childId) is { } idError)
        {
            var failure = HistoryEvents.EngineFailure(EngineFailureTypes.SubOrchestrationNotStarted, idError);
            Outbox.Messages.Add(new OrchestratorMessage(InstanceId, new InboxMessage(HistoryEvents.SubOrchestrationFailed(now, id, failure), ExecutionId)));
            return;
        }

        var parent = new ParentInstanceInfo
        {
            TaskScheduledId = id,
            Name = Name,
            Version = _start?.Version,
            OrchestrationInstance = new OrchestrationInstance { InstanceId = InstanceId, ExecutionId = ExecutionId },
        };
        var started = HistoryEvents.ExecutionStarted(now, create.Name, childId, _newExecutionId(), create.Input, create.Version, parent);
        Outbox.Messages.Add(new OrchestratorMessage(childId, new InboxMessage(started, null)));
    }

    private bool Complete(int id, CompleteOrchestrationAction complete, DateTimeOffset now)
    {
        if (complete.OrchestrationStatus != OrchestrationStatus.ContinuedAsNew)
        {
            Finish(id, complete.OrchestrationStatus, complete.Result, complete.FailureDetails, now);
            return false;
        }

        if (++_continuedAsNewCount > MaxContinueAsNewPerEpisode)
        {
            var loop = HistoryEvents.EngineFailure(
                EngineFailureTypes.ContinueAsNewLoop,
                $"The orchestration continued as new {MaxContinueAsNewPerEpisode} times in one episode without waiting for anything.");
            Fail(loop, now);
            return false;
        }

        ContinueAsNew(complete, now);
        return true;
    }

    // The Durable Task Framework's continue-as-new (protocol §4.8): a new execution id, the new input,
    // only EventRaised carried over, and the old execution's history dropped. Microsoft's SDK hands the
    // events it had buffered (ContinueAsNew with preserveUnprocessedEvents) to the next execution as
    // events sent to itself: they arrived before the carryover events and before anything still in the
    // inbox, so they open the new execution instead of queuing behind newer messages.
    private void ContinueAsNew(CompleteOrchestrationAction complete, DateTimeOffset now)
    {
        var previous = _start!;
        Outbox.DropExecutionWork(previous.OrchestrationInstance.ExecutionId);
        var preserved = Outbox.TakeEventsTo(InstanceId);
        _oldEvents.Clear();
        _newEvents.Clear();
        _openTasks.Clear();
        _openTimers.Clear();
        _openSubOrchestrations.Clear();
        _usedActionIds.Clear();
        _start = null;
        _suspended = false;
        HistoryReplaced = true;

        Append(HistoryEvents.OrchestratorStarted(now));
        Append(HistoryEvents.ExecutionStarted(
            now, previous.Name, InstanceId, _newExecutionId(), complete.Result, complete.NewVersion ?? previous.Version, previous.ParentInstance));
        foreach (var carried in preserved.Concat(complete.CarryoverEvents))
        {
            if (carried.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised)
            {
                Append(carried.Clone());
            }
        }

        Append(HistoryEvents.OrchestratorCompleted(now));
    }

    // Its result is the reason given to Terminate (protocol §4.7); the SDK's TERMINATED completion
    // lends its action id. Nothing else in the response is applied.
    private void ApplyTermination(OrchestratorResponse response, DateTimeOffset now)
    {
        var reason = _newEvents.LastOrDefault(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionTerminated)?.ExecutionTerminated.Input;
        var completion = response.Actions.FirstOrDefault(a =>
            a.OrchestratorActionTypeCase == OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration
            && a.CompleteOrchestration.OrchestrationStatus == OrchestrationStatus.Terminated);
        if (InputRules.CheckPayload(response.CustomStatus, _maxPayloadBytes, "custom status") is null)
        {
            CustomStatus = response.CustomStatus;
        }

        Finish(completion?.Id ?? HistoryEvents.NoId, OrchestrationStatus.Terminated, reason, null, now);
    }

    // Timers the finishing episode created could only wake an instance that drops what they bring;
    // storage deletes the older ones in the same commit (bounded timers).
    private void Finish(int id, OrchestrationStatus status, string? result, TaskFailureDetails? failure, DateTimeOffset now)
    {
        Append(HistoryEvents.ExecutionCompleted(now, id, status, result, failure));
        Outbox.Timers.Clear();
        if (Parent is not { } parent)
        {
            return;
        }

        var answer = status == OrchestrationStatus.Completed
            ? HistoryEvents.SubOrchestrationCompleted(now, parent.TaskScheduledId, result)
            : HistoryEvents.SubOrchestrationFailed(now, parent.TaskScheduledId, failure ?? TerminatedFailure(result));
        Outbox.Messages.Add(new OrchestratorMessage(
            parent.OrchestrationInstance.InstanceId, new InboxMessage(answer, parent.OrchestrationInstance.ExecutionId)));
    }

    private TaskFailureDetails TerminatedFailure(string? reason) =>
        HistoryEvents.EngineFailure(EngineFailureTypes.Terminated, $"Sub-orchestration '{InstanceId}' was terminated: {reason ?? "no reason given"}.");
}

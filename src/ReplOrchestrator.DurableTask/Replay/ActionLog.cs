using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// The actions one execution's code produced, numbered by one sequence counter, and which of them
/// history already records (protocol.md §4 rules 3–6).
/// </summary>
/// <remarks>
/// Every action takes the next number when it is added, so numbers are contiguous and an action's
/// number is its index. Actions still pending when the episode ends are the new ones, returned in
/// ascending order; matched ones must not be returned, or the engine would schedule them twice.
/// </remarks>
internal sealed class ActionLog
{
    private readonly List<PendingAction> _actions = [];

    /// <summary>The number the next action will take.</summary>
    public int NextSequenceNumber => _actions.Count;

    /// <summary>Numbers an activity, sub-orchestration, timer or sent event and records it as pending.</summary>
    public int Add(ScheduledAction scheduled, string? payload = null, string? targetInstanceId = null, DateTimeOffset fireAt = default)
    {
        _actions.Add(new PendingAction(_actions.Count, scheduled) { Payload = payload, TargetInstanceId = targetInstanceId, FireAt = fireAt });
        return _actions.Count - 1;
    }

    /// <summary>Numbers a sent event whose data is serialized only if the event is new in this episode.</summary>
    public int AddEvent(string eventName, string targetInstanceId, Func<string?> serializePayload)
    {
        _actions.Add(new PendingAction(_actions.Count, new ScheduledAction(ScheduledKind.EventSent, eventName)) { TargetInstanceId = targetInstanceId, SerializePayload = serializePayload });
        return _actions.Count - 1;
    }

    /// <summary>Numbers the orchestration's completion and records it as pending.</summary>
    public OrchestratorAction AddCompletion(CompleteOrchestrationAction completion)
    {
        var action = new PendingAction(_actions.Count, new ScheduledAction(ScheduledKind.Completion, null)) { Completion = completion };
        _actions.Add(action);
        return action.ToProto();
    }

    /// <summary>Marks the action that a replayed "scheduled" event records as already done.</summary>
    /// <exception cref="NonDeterministicOrchestrationException">The code's action with that number is missing, already matched, or different.</exception>
    public void Match(int sequenceNumber, ScheduledAction recorded)
    {
        var action = sequenceNumber >= 0 && sequenceNumber < _actions.Count ? _actions[sequenceNumber] : null;
        if (action is null || action.State == PendingActionState.Matched)
        {
            throw new NonDeterministicOrchestrationException(sequenceNumber, recorded, actual: null);
        }

        if (!action.Scheduled.Matches(recorded))
        {
            throw new NonDeterministicOrchestrationException(sequenceNumber, recorded, action.Scheduled);
        }

        action.State = PendingActionState.Matched;
    }

    /// <summary>
    /// Takes back a pending action whose task was cancelled before the episode ended, so it is never
    /// sent. A later matching event (which consistent histories do not contain) is still accepted.
    /// </summary>
    public void Withdraw(int sequenceNumber)
    {
        var action = _actions[sequenceNumber];
        if (action.State == PendingActionState.Pending)
        {
            action.State = PendingActionState.Withdrawn;
        }
    }

    /// <summary>The actions history does not record yet, in ascending sequence order.</summary>
    public IEnumerable<OrchestratorAction> Pending() =>
        _actions.Where(a => a.State == PendingActionState.Pending).Select(a => a.ToProto());
}

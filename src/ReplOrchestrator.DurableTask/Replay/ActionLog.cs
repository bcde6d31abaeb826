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
    private readonly List<Entry> _entries = [];

    /// <summary>The number the next action will take.</summary>
    public int NextSequenceNumber => _entries.Count;

    /// <summary>Numbers <paramref name="action"/> and records it as pending.</summary>
    public int Add(ScheduledAction scheduled, OrchestratorAction action)
    {
        action.Id = _entries.Count;
        _entries.Add(new Entry(scheduled, action));
        return action.Id;
    }

    /// <summary>Marks the action that a replayed "scheduled" event records as already done.</summary>
    /// <exception cref="NonDeterministicOrchestrationException">The code's action with that number is missing, already matched, or different.</exception>
    public void Match(int sequenceNumber, ScheduledAction recorded)
    {
        var entry = sequenceNumber >= 0 && sequenceNumber < _entries.Count ? _entries[sequenceNumber] : null;
        if (entry is null || entry.State == EntryState.Matched)
        {
            throw new NonDeterministicOrchestrationException(sequenceNumber, recorded, actual: null);
        }

        if (!entry.Scheduled.Matches(recorded))
        {
            throw new NonDeterministicOrchestrationException(sequenceNumber, recorded, entry.Scheduled);
        }

        entry.State = EntryState.Matched;
    }

    /// <summary>
    /// Takes back a pending action whose task was cancelled before the episode ended, so it is never
    /// sent. A later matching event (which consistent histories do not contain) is still accepted.
    /// </summary>
    public void Withdraw(int sequenceNumber)
    {
        var entry = _entries[sequenceNumber];
        if (entry.State == EntryState.Pending)
        {
            entry.State = EntryState.Withdrawn;
        }
    }

    /// <summary>The actions history does not record yet, in ascending sequence order.</summary>
    public IEnumerable<OrchestratorAction> Pending() =>
        _entries.Where(e => e.State == EntryState.Pending).Select(e => e.Action);

    private enum EntryState
    {
        Pending,
        Matched,
        Withdrawn,
    }

    private sealed class Entry(ScheduledAction scheduled, OrchestratorAction action)
    {
        public ScheduledAction Scheduled { get; } = scheduled;

        public OrchestratorAction Action { get; } = action;

        public EntryState State { get; set; }
    }
}

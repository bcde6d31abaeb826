using System.Diagnostics.CodeAnalysis;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// One orchestration instance's state during one episode, in memory: the history so far, the new
/// events of this episode, and what the episode asks of the rest of the engine (<see cref="Outbox"/>).
/// </summary>
/// <remarks>
/// Pure: no storage, no clock (time is passed in), no randomness but the injected execution-id
/// source. Storage loads the old history into it and saves <see cref="NewEvents"/> (or, after a
/// continue-as-new, the whole replaced history) and the outbox in one transaction. Episode order
/// follows the Durable Task Framework (protocol §4.1): OrchestratorStarted, the accepted messages,
/// the events of the applied actions, OrchestratorCompleted.
/// </remarks>
internal sealed partial class OrchestrationRuntimeState
{
    private readonly List<HistoryEvent> _oldEvents;
    private readonly List<HistoryEvent> _newEvents = [];
    private readonly HashSet<int> _openTasks = [];
    private readonly HashSet<int> _openTimers = [];
    private readonly HashSet<int> _openSubOrchestrations = [];
    private readonly HashSet<int> _usedActionIds = [];
    private readonly Func<string> _newExecutionId;
    private readonly int _maxPayloadBytes;
    private ExecutionStartedEvent? _start;
    private ExecutionCompletedEvent? _completion;
    private bool _suspended;
    private bool _terminationRequested;

    /// <summary>Rebuilds the state of an instance from its stored history.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="history">The current execution's history, oldest first.</param>
    /// <param name="customStatus">The custom status stored after the last episode.</param>
    /// <param name="newExecutionId">Makes execution ids (for continue-as-new and sub-orchestrations).</param>
    /// <param name="maxPayloadBytes">The payload limit actions are checked against.</param>
    public OrchestrationRuntimeState(
        string instanceId, IEnumerable<HistoryEvent> history, string? customStatus, Func<string> newExecutionId, int maxPayloadBytes)
    {
        InstanceId = instanceId;
        CustomStatus = customStatus;
        _newExecutionId = newExecutionId;
        _maxPayloadBytes = maxPayloadBytes;
        _oldEvents = [.. history];
        foreach (var e in _oldEvents)
        {
            Track(e);
        }
    }

    public string InstanceId { get; }

    public string? Name => _start?.Name;

    public string? Input => _start?.Input;

    public string? ExecutionId => _start?.OrchestrationInstance?.ExecutionId;

    public ParentInstanceInfo? Parent => _start?.ParentInstance;

    public IReadOnlyList<HistoryEvent> OldEvents => _oldEvents;

    public IReadOnlyList<HistoryEvent> NewEvents => _newEvents;

    /// <summary>True when the episode continued as new: the stored history is replaced, not appended to.</summary>
    public bool HistoryReplaced { get; private set; }

    /// <summary>The custom status the last response set (the engine stores it after every episode).</summary>
    public string? CustomStatus { get; private set; }

    public Outbox Outbox { get; } = new();

    public bool IsStarted => _start is not null;

    public bool IsCompleted => _completion is not null;

    public string? Output => _completion?.Result;

    public TaskFailureDetails? Failure => _completion?.FailureDetails;

    public OrchestrationStatus Status => this switch
    {
        { _completion: { } completion } => completion.OrchestrationStatus,
        { _start: null } => OrchestrationStatus.Pending,
        { _suspended: true } => OrchestrationStatus.Suspended,
        _ => OrchestrationStatus.Running,
    };

    /// <summary>Opens an episode: appends OrchestratorStarted with the episode's time.</summary>
    public void BeginEpisode(DateTimeOffset now) => Append(HistoryEvents.OrchestratorStarted(now));

    /// <summary>Closes an episode: appends OrchestratorCompleted.</summary>
    public void EndEpisode(DateTimeOffset now) => Append(HistoryEvents.OrchestratorCompleted(now));

    /// <summary>
    /// Adds an inbox message to this episode, unless it is a duplicate, stale, or for an instance that
    /// cannot take it.
    /// </summary>
    /// <returns><see langword="false"/> with the reason when the message is dropped.</returns>
    public bool TryAccept(InboxMessage message, [NotNullWhen(false)] out string? dropReason)
    {
        dropReason = Check(message);
        if (dropReason is not null)
        {
            return false;
        }

        if (message.Event.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionTerminated)
        {
            _terminationRequested = true;
        }

        Append(message.Event);
        return true;
    }

    private string? Check(InboxMessage message)
    {
        var e = message.Event;
        if (IsCompleted)
        {
            return "the instance has finished";
        }

        if (e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted)
        {
            return _start is null ? null : "the instance has already started";
        }

        if (_start is null)
        {
            return "the instance has not started";
        }

        if (message.TargetExecutionId is { } target && !string.Equals(target, ExecutionId, StringComparison.Ordinal))
        {
            return "it answers an execution that has continued as new";
        }

        return e.EventTypeCase switch
        {
            HistoryEvent.EventTypeOneofCase.TaskCompleted => OpenOrDuplicate(_openTasks, e.TaskCompleted.TaskScheduledId),
            HistoryEvent.EventTypeOneofCase.TaskFailed => OpenOrDuplicate(_openTasks, e.TaskFailed.TaskScheduledId),
            HistoryEvent.EventTypeOneofCase.TimerFired => OpenOrDuplicate(_openTimers, e.TimerFired.TimerId),
            HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted =>
                OpenOrDuplicate(_openSubOrchestrations, e.SubOrchestrationInstanceCompleted.TaskScheduledId),
            HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed =>
                OpenOrDuplicate(_openSubOrchestrations, e.SubOrchestrationInstanceFailed.TaskScheduledId),
            HistoryEvent.EventTypeOneofCase.ExecutionSuspended => _suspended ? "the instance is already suspended" : null,
            HistoryEvent.EventTypeOneofCase.ExecutionResumed => _suspended ? null : "the instance is not suspended",
            HistoryEvent.EventTypeOneofCase.EventRaised or HistoryEvent.EventTypeOneofCase.ExecutionTerminated => null,
            _ => $"the engine does not deliver {e.EventTypeCase} messages",
        };
    }

    private static string? OpenOrDuplicate(HashSet<int> open, int id) =>
        open.Contains(id) ? null : $"nothing with id {id} is waiting for it (a duplicate)";

    private void Append(HistoryEvent e)
    {
        _newEvents.Add(e);
        Track(e);
    }

    // Keeps the derived state (start, completion, what is still open) in step with the history.
    private void Track(HistoryEvent e)
    {
        switch (e.EventTypeCase)
        {
            case HistoryEvent.EventTypeOneofCase.ExecutionStarted: _start = e.ExecutionStarted; break;
            case HistoryEvent.EventTypeOneofCase.ExecutionCompleted: _completion = e.ExecutionCompleted; break;
            case HistoryEvent.EventTypeOneofCase.ExecutionSuspended: _suspended = true; break;
            case HistoryEvent.EventTypeOneofCase.ExecutionResumed: _suspended = false; break;
            case HistoryEvent.EventTypeOneofCase.TaskScheduled: Open(_openTasks, e.EventId); break;
            case HistoryEvent.EventTypeOneofCase.TimerCreated: Open(_openTimers, e.EventId); break;
            case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated: Open(_openSubOrchestrations, e.EventId); break;
            case HistoryEvent.EventTypeOneofCase.EventSent: _usedActionIds.Add(e.EventId); break;
            case HistoryEvent.EventTypeOneofCase.TaskCompleted: _openTasks.Remove(e.TaskCompleted.TaskScheduledId); break;
            case HistoryEvent.EventTypeOneofCase.TaskFailed: _openTasks.Remove(e.TaskFailed.TaskScheduledId); break;
            case HistoryEvent.EventTypeOneofCase.TimerFired: _openTimers.Remove(e.TimerFired.TimerId); break;
            case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted:
                _openSubOrchestrations.Remove(e.SubOrchestrationInstanceCompleted.TaskScheduledId);
                break;
            case HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed:
                _openSubOrchestrations.Remove(e.SubOrchestrationInstanceFailed.TaskScheduledId);
                break;
            default: break;
        }
    }

    private void Open(HashSet<int> open, int id)
    {
        open.Add(id);
        _usedActionIds.Add(id);
    }
}

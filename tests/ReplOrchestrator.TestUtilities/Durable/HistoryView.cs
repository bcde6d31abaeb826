using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.TestUtilities.Durable;

/// <summary>
/// What a protocol-level test orchestrator needs to know from an <see cref="OrchestratorRequest"/>:
/// its input, its time, what it scheduled and what came back. Past and new events are read as one
/// history, the way a replaying SDK sees them.
/// </summary>
public sealed class HistoryView
{
    public HistoryView(OrchestratorRequest request)
    {
        Request = request;
        Events = [.. request.PastEvents, .. request.NewEvents];
        Started = Events.First(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted).ExecutionStarted;
        Now = request.NewEvents.Last(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.OrchestratorStarted).Timestamp.ToDateTimeOffset();
        StartedAt = Events.First(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.OrchestratorStarted).Timestamp.ToDateTimeOffset();
    }

    public OrchestratorRequest Request { get; }

    public IReadOnlyList<HistoryEvent> Events { get; }

    public ExecutionStartedEvent Started { get; }

    public string InstanceId => Request.InstanceId;

    public string? Input => Started.Input;

    /// <summary>The orchestration's current time: the latest OrchestratorStarted.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>When the execution's first episode ran.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>True when this episode delivers a termination (an SDK then completes as terminated).</summary>
    public HistoryEvent? Termination => Request.NewEvents.FirstOrDefault(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionTerminated);

    /// <summary>Action ids already in history (scheduled events carry their action id).</summary>
    public IReadOnlySet<int> ScheduledIds => Events
        .Where(e => e.EventTypeCase is HistoryEvent.EventTypeOneofCase.TaskScheduled or HistoryEvent.EventTypeOneofCase.TimerCreated
            or HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated or HistoryEvent.EventTypeOneofCase.EventSent)
        .Select(e => e.EventId)
        .ToHashSet();

    public IEnumerable<TaskCompletedEvent> TaskResults => Of(HistoryEvent.EventTypeOneofCase.TaskCompleted).Select(e => e.TaskCompleted);

    public IEnumerable<TaskFailedEvent> TaskFailures => Of(HistoryEvent.EventTypeOneofCase.TaskFailed).Select(e => e.TaskFailed);

    public IEnumerable<TimerFiredEvent> TimersFired => Of(HistoryEvent.EventTypeOneofCase.TimerFired).Select(e => e.TimerFired);

    public IEnumerable<EventRaisedEvent> EventsRaised => Of(HistoryEvent.EventTypeOneofCase.EventRaised).Select(e => e.EventRaised);

    public IEnumerable<HistoryEvent> NewEventsRaised =>
        Request.NewEvents.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised);

    public SubOrchestrationInstanceCompletedEvent? SubOrchestrationResult =>
        Of(HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCompleted).Select(e => e.SubOrchestrationInstanceCompleted).FirstOrDefault();

    public SubOrchestrationInstanceFailedEvent? SubOrchestrationFailure =>
        Of(HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceFailed).Select(e => e.SubOrchestrationInstanceFailed).FirstOrDefault();

    private IEnumerable<HistoryEvent> Of(HistoryEvent.EventTypeOneofCase kind) => Events.Where(e => e.EventTypeCase == kind);
}

using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Tests.Support;

/// <summary>
/// Writes an orchestration's history the way the engine records it: episodes framed by
/// OrchestratorStarted/OrchestratorCompleted, scheduled events numbered by the action ids, completions
/// referring back to them. Everything before <see cref="NewEpisode"/> is past; everything after it is new.
/// </summary>
internal sealed class HistoryBuilder
{
    public const string InstanceId = "instance-1";

    public static readonly DateTimeOffset T0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private readonly List<HistoryEvent> _events = [];
    private int _newFrom;

    private HistoryBuilder(DateTimeOffset now) => Now = now;

    /// <summary>The time of the latest OrchestratorStarted event.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>A first episode: OrchestratorStarted at <see cref="T0"/> and ExecutionStarted, both new.</summary>
    public static HistoryBuilder Start(string orchestrator, object? input = null, string? parentInstanceId = null)
    {
        var builder = new HistoryBuilder(T0);
        builder.Add(new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent() });
        var started = new ExecutionStartedEvent
        {
            Name = orchestrator,
            Input = DurableJson.Serialize(input),
            OrchestrationInstance = new OrchestrationInstance { InstanceId = InstanceId, ExecutionId = "execution-1" },
        };
        if (parentInstanceId is not null)
        {
            started.ParentInstance = new ParentInstanceInfo { OrchestrationInstance = new OrchestrationInstance { InstanceId = parentInstanceId } };
        }

        return builder.Add(new HistoryEvent { ExecutionStarted = started });
    }

    /// <summary>Ends the episode so far; everything added from now on is the new events of the next one.</summary>
    public HistoryBuilder NewEpisode(TimeSpan? after = null)
    {
        Add(new HistoryEvent { OrchestratorCompleted = new OrchestratorCompletedEvent() });
        _newFrom = _events.Count;
        return Begin(after);
    }

    /// <summary>Ends the episode so far and begins another one in the same part (past or new).</summary>
    public HistoryBuilder Episode(TimeSpan? after = null)
    {
        Add(new HistoryEvent { OrchestratorCompleted = new OrchestratorCompletedEvent() });
        return Begin(after);
    }

    public HistoryBuilder TaskScheduled(int id, string name, object? input = null) =>
        Add(new HistoryEvent { EventId = id, TaskScheduled = new TaskScheduledEvent { Name = name, Input = DurableJson.Serialize(input) } });

    /// <summary>An activity scheduled in this episode and completed in the next one.</summary>
    public HistoryBuilder ActivityRan(int id, string name, object? result = null) =>
        TaskScheduled(id, name).Episode().TaskCompleted(id, result);

    public HistoryBuilder TaskCompleted(int id, object? result = null) =>
        Add(new HistoryEvent { TaskCompleted = new TaskCompletedEvent { TaskScheduledId = id, Result = DurableJson.Serialize(result) } });

    public HistoryBuilder TaskFailed(int id, string message, bool nonRetriable = false) =>
        Add(new HistoryEvent { TaskFailed = new TaskFailedEvent { TaskScheduledId = id, FailureDetails = Failure(message, nonRetriable) } });

    public HistoryBuilder SubOrchestrationCreated(int id, string name, string instanceId) =>
        Add(new HistoryEvent { EventId = id, SubOrchestrationInstanceCreated = new SubOrchestrationInstanceCreatedEvent { Name = name, InstanceId = instanceId } });

    public HistoryBuilder SubOrchestrationCompleted(int id, object? result = null) =>
        Add(new HistoryEvent { SubOrchestrationInstanceCompleted = new SubOrchestrationInstanceCompletedEvent { TaskScheduledId = id, Result = DurableJson.Serialize(result) } });

    public HistoryBuilder SubOrchestrationFailed(int id, string message) =>
        Add(new HistoryEvent { SubOrchestrationInstanceFailed = new SubOrchestrationInstanceFailedEvent { TaskScheduledId = id, FailureDetails = Failure(message, nonRetriable: false) } });

    public HistoryBuilder TimerCreated(int id, DateTimeOffset fireAt) =>
        Add(new HistoryEvent { EventId = id, TimerCreated = new TimerCreatedEvent { FireAt = Timestamp.FromDateTimeOffset(fireAt) } });

    public HistoryBuilder TimerFired(int id, DateTimeOffset fireAt) =>
        Add(new HistoryEvent { TimerFired = new TimerFiredEvent { TimerId = id, FireAt = Timestamp.FromDateTimeOffset(fireAt) } });

    public HistoryBuilder EventSent(int id, string instanceId, string name, object? data = null) =>
        Add(new HistoryEvent { EventId = id, EventSent = new EventSentEvent { InstanceId = instanceId, Name = name, Input = DurableJson.Serialize(data) } });

    public HistoryBuilder EventRaised(string name, object? data = null) =>
        Add(new HistoryEvent { EventRaised = new EventRaisedEvent { Name = name, Input = DurableJson.Serialize(data) } });

    public HistoryBuilder Suspended(string? reason = null) =>
        Add(new HistoryEvent { ExecutionSuspended = new ExecutionSuspendedEvent { Input = reason } });

    public HistoryBuilder Resumed(string? reason = null) =>
        Add(new HistoryEvent { ExecutionResumed = new ExecutionResumedEvent { Input = reason } });

    public HistoryBuilder Terminated(object? reason = null) =>
        Add(new HistoryEvent { ExecutionTerminated = new ExecutionTerminatedEvent { Input = DurableJson.Serialize(reason) } });

    public HistoryBuilder Add(HistoryEvent historyEvent)
    {
        historyEvent.EventId = historyEvent.EventTypeCase switch
        {
            HistoryEvent.EventTypeOneofCase.TaskScheduled or HistoryEvent.EventTypeOneofCase.TimerCreated
                or HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated or HistoryEvent.EventTypeOneofCase.EventSent => historyEvent.EventId,
            _ => -1,
        };
        historyEvent.Timestamp ??= Timestamp.FromDateTimeOffset(Now);
        _events.Add(historyEvent);
        return this;
    }

    public OrchestratorRequest Build() => new()
    {
        InstanceId = InstanceId,
        PastEvents = { _events.Take(_newFrom) },
        NewEvents = { _events.Skip(_newFrom) },
    };

    private static DurableTask.Protocol.TaskFailureDetails Failure(string message, bool nonRetriable) =>
        new() { ErrorType = "System.InvalidOperationException", ErrorMessage = message, IsNonRetriable = nonRetriable };

    private HistoryBuilder Begin(TimeSpan? after)
    {
        Now += after ?? TimeSpan.FromSeconds(1);
        return Add(new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent(), Timestamp = Timestamp.FromDateTimeOffset(Now) });
    }
}

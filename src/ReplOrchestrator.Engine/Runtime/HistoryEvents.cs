using Google.Protobuf.WellKnownTypes;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// Builds the history events the engine itself writes. Every factory takes the time explicitly: the
/// engine reads its clock once per step, from its <see cref="TimeProvider"/>.
/// </summary>
internal static class HistoryEvents
{
    /// <summary>Id of events that do not answer an action (protocol §4.4).</summary>
    public const int NoId = -1;

    public static HistoryEvent OrchestratorStarted(DateTimeOffset now) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), OrchestratorStarted = new() };

    public static HistoryEvent OrchestratorCompleted(DateTimeOffset now) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), OrchestratorCompleted = new() };

    public static HistoryEvent ExecutionStarted(
        DateTimeOffset now, string name, string instanceId, string executionId, string? input, string? version = null, ParentInstanceInfo? parent = null) =>
        new()
        {
            EventId = NoId,
            Timestamp = Timestamp.FromDateTimeOffset(now),
            ExecutionStarted = new ExecutionStartedEvent
            {
                Name = name,
                Version = version,
                Input = input,
                OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = executionId },
                ParentInstance = parent,
            },
        };

    public static HistoryEvent ExecutionCompleted(
        DateTimeOffset now, int eventId, OrchestrationStatus status, string? result, TaskFailureDetails? failure) =>
        new()
        {
            EventId = eventId,
            Timestamp = Timestamp.FromDateTimeOffset(now),
            ExecutionCompleted = new ExecutionCompletedEvent { OrchestrationStatus = status, Result = result, FailureDetails = failure },
        };

    public static HistoryEvent ExecutionTerminated(DateTimeOffset now, string? reason) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), ExecutionTerminated = new ExecutionTerminatedEvent { Input = reason } };

    public static HistoryEvent ExecutionSuspended(DateTimeOffset now, string? reason) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), ExecutionSuspended = new ExecutionSuspendedEvent { Input = reason } };

    public static HistoryEvent ExecutionResumed(DateTimeOffset now, string? reason) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), ExecutionResumed = new ExecutionResumedEvent { Input = reason } };

    public static HistoryEvent EventRaised(DateTimeOffset now, string name, string? input) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), EventRaised = new EventRaisedEvent { Name = name, Input = input } };

    public static HistoryEvent TaskCompleted(DateTimeOffset now, int taskScheduledId, string? result) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), TaskCompleted = new TaskCompletedEvent { TaskScheduledId = taskScheduledId, Result = result } };

    public static HistoryEvent TaskFailed(DateTimeOffset now, int taskScheduledId, TaskFailureDetails failure) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), TaskFailed = new TaskFailedEvent { TaskScheduledId = taskScheduledId, FailureDetails = failure } };

    public static HistoryEvent SubOrchestrationCompleted(DateTimeOffset now, int taskScheduledId, string? result) =>
        new()
        {
            EventId = NoId,
            Timestamp = Timestamp.FromDateTimeOffset(now),
            SubOrchestrationInstanceCompleted = new SubOrchestrationInstanceCompletedEvent { TaskScheduledId = taskScheduledId, Result = result },
        };

    public static HistoryEvent SubOrchestrationFailed(DateTimeOffset now, int taskScheduledId, TaskFailureDetails failure) =>
        new()
        {
            EventId = NoId,
            Timestamp = Timestamp.FromDateTimeOffset(now),
            SubOrchestrationInstanceFailed = new SubOrchestrationInstanceFailedEvent { TaskScheduledId = taskScheduledId, FailureDetails = failure },
        };

    public static HistoryEvent TimerFired(DateTimeOffset now, int timerId, Timestamp fireAt) =>
        new() { EventId = NoId, Timestamp = Timestamp.FromDateTimeOffset(now), TimerFired = new TimerFiredEvent { TimerId = timerId, FireAt = fireAt } };

    /// <summary>Failure details the engine writes for a failure it detected itself (not thrown by user code).</summary>
    public static TaskFailureDetails EngineFailure(string errorType, string message) =>
        new() { ErrorType = errorType, ErrorMessage = message, IsNonRetriable = true };
}

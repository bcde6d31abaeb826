using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.DurableTask;

/// <summary>
/// Every log message of the SDK. Event ids: 1xx replay, 2xx activities. Messages about one episode
/// are written once per episode by the runner; messages from inside an orchestration go through its
/// replay-safe logger, so replays do not repeat them.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Orchestration {InstanceId} ({Orchestrator}) failed: {ErrorType}: {ErrorMessage}")]
    public static partial void OrchestrationFailed(ILogger logger, string instanceId, string orchestrator, string errorType, string errorMessage);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Orchestration {InstanceId} ({Orchestrator}) is non-deterministic: {Detail}")]
    public static partial void NonDeterministic(ILogger logger, string instanceId, string orchestrator, string detail);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "Orchestrator request for {InstanceId} cannot be replayed: {Detail}")]
    public static partial void InvalidRequest(ILogger logger, string instanceId, string detail);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "Orchestrator request for {InstanceId} faulted during replay")]
    public static partial void ReplayFaulted(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Orchestration {InstanceId}: ignored the {Kind} completion for #{SequenceNumber}, which nothing awaits")]
    public static partial void CompletionIgnored(ILogger logger, string instanceId, string kind, int sequenceNumber);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Orchestration {InstanceId}: {Task} failed on attempt {Attempt}; retrying in {Delay}")]
    public static partial void RetryingTask(ILogger logger, string instanceId, string task, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Activity {Activity} (#{TaskScheduledId} of {InstanceId}) failed: {ErrorType}: {ErrorMessage}")]
    public static partial void ActivityFailed(ILogger logger, string activity, int taskScheduledId, string instanceId, string errorType, string errorMessage);
}

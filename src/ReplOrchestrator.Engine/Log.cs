using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Engine;

/// <summary>
/// Every message the engine logs, source-generated. Event ids are stable (dashboards and alerts may
/// key on them): 1xxx lifecycle, 2xxx orchestrations, 3xxx activities, 4xxx timers, 5xxx workers.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Engine started on {Database} with {OrchestrationWorkers} orchestration and {ActivityWorkers} activity workers")]
    public static partial void Started(ILogger logger, string database, int orchestrationWorkers, int activityWorkers);

    [LoggerMessage(1002, LogLevel.Information, "Engine stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(1003, LogLevel.Information, "Released {Count} work item locks left by a process that stopped without releasing them")]
    public static partial void ReleasedDeadLocks(ILogger logger, int count);

    [LoggerMessage(2001, LogLevel.Warning, "Episode of '{InstanceId}' was not committed: its lock was taken over by another worker")]
    public static partial void EpisodeLockLost(ILogger logger, string instanceId);

    [LoggerMessage(2002, LogLevel.Debug, "'{InstanceId}' dropped a {EventType} message: {Reason}")]
    public static partial void MessageDropped(ILogger logger, string instanceId, string eventType, string reason);

    [LoggerMessage(2003, LogLevel.Warning, "'{InstanceId}' sent a {EventType} message to '{TargetInstanceId}', which was not delivered: {Outcome}")]
    public static partial void MessageNotDelivered(ILogger logger, string instanceId, string eventType, string targetInstanceId, string outcome);

    [LoggerMessage(2004, LogLevel.Error, "'{InstanceId}' failed: no orchestrator named '{Name}' is registered")]
    public static partial void OrchestratorNotRegistered(ILogger logger, string instanceId, string name);

    [LoggerMessage(2005, LogLevel.Error, "The orchestration invoker failed for '{InstanceId}'; the instance is marked failed")]
    public static partial void InvokerFailed(ILogger logger, Exception error, string instanceId);

    [LoggerMessage(2006, LogLevel.Information, "'{InstanceId}' ({Name}) finished as {Status}")]
    public static partial void InstanceFinished(ILogger logger, string instanceId, string name, string status);

    [LoggerMessage(2007, LogLevel.Error, "Episode of '{InstanceId}' failed unexpectedly; it runs again when its lock expires")]
    public static partial void EpisodeError(ILogger logger, Exception error, string instanceId);

    [LoggerMessage(3001, LogLevel.Warning, "Result of {WorkItem} was discarded: its lock was taken over by another worker")]
    public static partial void ActivityLockLost(ILogger logger, string workItem);

    [LoggerMessage(3002, LogLevel.Error, "{WorkItem} failed: no activity with that name is registered")]
    public static partial void ActivityNotRegistered(ILogger logger, string workItem);

    [LoggerMessage(3003, LogLevel.Warning, "{WorkItem} could not be invoked (attempt {Attempt}); it runs again in {RetryAfter}")]
    public static partial void ActivityInvokerFailed(ILogger logger, Exception error, string workItem, int attempt, TimeSpan retryAfter);

    [LoggerMessage(3004, LogLevel.Error, "{WorkItem} could not be invoked in {Attempts} attempts; its task fails")]
    public static partial void ActivityAttemptsExhausted(ILogger logger, Exception error, string workItem, int attempts);

    [LoggerMessage(3005, LogLevel.Debug, "Renewed the lock of {WorkItem}, still running")]
    public static partial void ActivityLockRenewed(ILogger logger, string workItem);

    [LoggerMessage(3006, LogLevel.Warning, "{WorkItem} is still running but its lock was taken over; its result will be discarded")]
    public static partial void ActivityLockTakenOver(ILogger logger, string workItem);

    [LoggerMessage(3007, LogLevel.Warning, "Could not renew the lock of {WorkItem}; it may run again elsewhere")]
    public static partial void ActivityLockRenewalFailed(ILogger logger, Exception error, string workItem);

    [LoggerMessage(3008, LogLevel.Error, "{WorkItem} did not finish within {Timeout}; its task fails")]
    public static partial void ActivityTimedOut(ILogger logger, string workItem, TimeSpan timeout);

    [LoggerMessage(4001, LogLevel.Debug, "{Count} durable timers fell due")]
    public static partial void TimersFired(ILogger logger, int count);

    [LoggerMessage(5001, LogLevel.Error, "The {Worker} worker hit an error; it goes on after a pause")]
    public static partial void WorkerError(ILogger logger, Exception error, string worker);
}

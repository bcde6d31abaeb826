using Google.Protobuf;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>Activity tasks and durable timers.</summary>
internal sealed partial class SqliteEngineStore
{
    public Task<ActivityWorkItem?> TryLockActivityAsync() =>
        Queue.RunAsync(session =>
        {
            var now = Now();
            // Never-taken tasks first, in order; then tasks whose lock expired or whose retry delay passed.
            var id = session.Scalar("SELECT Id FROM ActivityTasks WHERE LockExpiresAt IS NULL ORDER BY Id LIMIT 1")
                ?? session.Scalar("SELECT Id FROM ActivityTasks WHERE LockExpiresAt <= $1 ORDER BY LockExpiresAt LIMIT 1", now);
            if (id is not long taskId)
            {
                return null;
            }

            var token = NewLockToken();
            using var reader = session.Query(
                """
                UPDATE ActivityTasks SET LockedBy = $1, LockExpiresAt = $2, DequeueCount = DequeueCount + 1 WHERE Id = $3
                RETURNING InstanceId, ExecutionId, TaskScheduledId, Name, Input, DequeueCount
                """,
                token,
                now + _options.LockTimeout.Ticks,
                taskId);
            reader.Read();
            var task = new ActivityTask(
                reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            return new ActivityWorkItem(taskId, token, task, reader.GetInt32(5));
        });

    public Task CompleteActivityAsync(ActivityWorkItem workItem, HistoryEvent result) =>
        Queue.RunAsync(session =>
        {
            if (session.Execute("DELETE FROM ActivityTasks WHERE Id = $1 AND LockedBy = $2", workItem.Id, workItem.LockToken) == 0)
            {
                throw new WorkItemLockLostException(workItem.ToString());
            }

            if (Deliverability(session, workItem.Task.InstanceId) == EnqueueOutcome.Enqueued)
            {
                InsertInbox(session, workItem.Task.InstanceId, workItem.Task.ExecutionId, result);
            }

            return true;
        });

    public Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan retryAfter) =>
        Queue.RunAsync(session => session.Execute(
            "UPDATE ActivityTasks SET LockedBy = NULL, LockExpiresAt = $1 WHERE Id = $2 AND LockedBy = $3",
            Now() + retryAfter.Ticks,
            workItem.Id,
            workItem.LockToken));

    public Task<TimerPromotion> FireDueTimersAsync() =>
        Queue.RunAsync(session =>
        {
            var now = Now();
            var fired = session.Execute(
                $"""
                INSERT INTO Inbox (InstanceId, ExecutionId, EventType, Event)
                SELECT InstanceId, ExecutionId, {(int)HistoryEvent.EventTypeOneofCase.TimerFired}, Event FROM Timers WHERE DueAt <= $1 ORDER BY DueAt, Id
                """,
                now);
            if (fired > 0)
            {
                session.Execute("DELETE FROM Timers WHERE DueAt <= $1", now);
            }

            var next = session.Scalar("SELECT min(DueAt) FROM Timers");
            return new TimerPromotion(fired, next is long ticks ? Time(ticks) : null);
        });
}

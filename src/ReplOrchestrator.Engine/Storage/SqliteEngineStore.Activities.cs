using Google.Protobuf;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>Activity tasks and durable timers.</summary>
internal sealed partial class SqliteEngineStore
{
    public Task<ActivityWorkItem?> TryLockActivityAsync() =>
        Queue.RunAsync(session =>
        {
            var now = Now();
            var token = NewLockToken();
            // Never-taken tasks first, in order; then tasks whose lock expired or whose retry delay passed.
            using var reader = session.Query(
                """
                UPDATE ActivityTasks SET LockedBy = $1, LockExpiresAt = $2, DequeueCount = DequeueCount + 1
                WHERE Id = coalesce(
                    (SELECT Id FROM ActivityTasks WHERE LockExpiresAt IS NULL ORDER BY Id LIMIT 1),
                    (SELECT Id FROM ActivityTasks WHERE LockExpiresAt <= $3 ORDER BY LockExpiresAt LIMIT 1))
                RETURNING Id, InstanceId, ExecutionId, TaskScheduledId, Name, Input, DequeueCount
                """,
                token,
                now + _options.LockTimeout.Ticks,
                now);
            if (!reader.Read())
            {
                return null;
            }

            var task = new ActivityTask(
                reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            return new ActivityWorkItem(reader.GetInt64(0), token, task, reader.GetInt32(6));
        });

    public Task<bool> RenewActivityLockAsync(ActivityWorkItem workItem) =>
        Queue.RunAsync(session => session.Execute(
            "UPDATE ActivityTasks SET LockExpiresAt = $1 WHERE Id = $2 AND LockedBy = $3",
            Now() + _options.LockTimeout.Ticks,
            workItem.Id,
            workItem.LockToken) == 1);

    public Task CompleteActivityAsync(ActivityWorkItem workItem, HistoryEvent result) =>
        Queue.RunAsync(session =>
        {
            if (session.Execute("DELETE FROM ActivityTasks WHERE Id = $1 AND LockedBy = $2", workItem.Id, workItem.LockToken) == 0)
            {
                throw new WorkItemLockLostException(workItem.ToString());
            }

            return TryDeliver(session, workItem.Task.InstanceId, workItem.Task.ExecutionId, result);
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

using Google.Protobuf;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>Creating instances and delivering messages to them.</summary>
internal sealed partial class SqliteEngineStore
{
    public Task<CreateOutcome> CreateInstanceAsync(HistoryEvent startEvent, IReadOnlySet<OrchestrationStatus> keepStatuses) =>
        Queue.RunAsync(session => CreateInstance(session, startEvent, keepStatuses, Now()));

    public Task<EnqueueOutcome> EnqueueAsync(string instanceId, HistoryEvent message) =>
        Queue.RunAsync(session =>
        {
            var outcome = Deliverability(session, instanceId);
            if (outcome == EnqueueOutcome.Enqueued)
            {
                InsertInbox(session, instanceId, null, message);
            }

            return outcome;
        });

    private static EnqueueOutcome Deliverability(SqliteSession session, string instanceId) =>
        session.Scalar("SELECT Status FROM Instances WHERE InstanceId = $1", instanceId) switch
        {
            null => EnqueueOutcome.NotFound,
            long status when IsFinished(status) => EnqueueOutcome.Finished,
            _ => EnqueueOutcome.Enqueued,
        };

    private static bool IsFinished(long status) => (OrchestrationStatus)status is
        OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Canceled or OrchestrationStatus.Terminated;

    private static CreateOutcome CreateInstance(SqliteSession session, HistoryEvent startEvent, IReadOnlySet<OrchestrationStatus> keepStatuses, long now)
    {
        var started = startEvent.ExecutionStarted;
        var instanceId = started.OrchestrationInstance.InstanceId;
        if (session.Scalar("SELECT Status FROM Instances WHERE InstanceId = $1", instanceId) is long status)
        {
            if (!IsFinished(status))
            {
                return CreateOutcome.ExistsUnfinished;
            }

            if (keepStatuses.Contains((OrchestrationStatus)status))
            {
                return CreateOutcome.Exists;
            }

            DeleteInstance(session, instanceId);
        }

        session.Execute(
            """
            INSERT INTO Instances (InstanceId, ExecutionId, Name, Status, CreatedAt, UpdatedAt, Input, ParentInstanceId)
            VALUES ($1, $2, $3, $4, $5, $5, $6, $7)
            """,
            instanceId,
            started.OrchestrationInstance.ExecutionId,
            started.Name,
            (long)OrchestrationStatus.Pending,
            now,
            started.Input,
            started.ParentInstance?.OrchestrationInstance?.InstanceId);
        InsertInbox(session, instanceId, null, startEvent);
        return CreateOutcome.Created;
    }

    private static void InsertInbox(SqliteSession session, string instanceId, string? executionId, HistoryEvent message) =>
        session.Execute(
            "INSERT INTO Inbox (InstanceId, ExecutionId, EventType, Event) VALUES ($1, $2, $3, $4)",
            instanceId,
            executionId,
            (long)message.EventTypeCase,
            message.ToByteArray());

    // Stores a message unless its instance is gone or finished; one statement instead of a check and an insert.
    private static bool TryDeliver(SqliteSession session, string instanceId, string? executionId, HistoryEvent message) =>
        session.Execute(
            $"""
            INSERT INTO Inbox (InstanceId, ExecutionId, EventType, Event)
            SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM Instances WHERE InstanceId = $1 AND Status NOT IN {Finished})
            """,
            instanceId,
            executionId,
            (long)message.EventTypeCase,
            message.ToByteArray()) == 1;

    private static int DeleteInstance(SqliteSession session, string instanceId)
    {
        session.Execute("DELETE FROM History WHERE InstanceId = $1", instanceId);
        session.Execute("DELETE FROM Inbox WHERE InstanceId = $1", instanceId);
        session.Execute("DELETE FROM Timers WHERE InstanceId = $1", instanceId);
        session.Execute("DELETE FROM ActivityTasks WHERE InstanceId = $1", instanceId);
        return session.Execute("DELETE FROM Instances WHERE InstanceId = $1", instanceId);
    }
}

using Google.Protobuf;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>Locking an instance for an episode and committing the episode.</summary>
internal sealed partial class SqliteEngineStore
{
    // Locks the instance with the oldest ready message that is free (never locked, or its lock
    // expired) and awake: a suspended instance wakes only for a resume or a terminate.
    private static readonly string s_lockNextInstance = $"""
        UPDATE Instances SET LockedBy = $1, LockExpiresAt = $2
        WHERE InstanceId = (
            SELECT b.InstanceId FROM Inbox b JOIN Instances i ON i.InstanceId = b.InstanceId
            WHERE (i.LockExpiresAt IS NULL OR i.LockExpiresAt <= $3)
              AND (i.Status <> {(int)OrchestrationStatus.Suspended}
                   OR b.EventType IN ({(int)HistoryEvent.EventTypeOneofCase.ExecutionResumed}, {(int)HistoryEvent.EventTypeOneofCase.ExecutionTerminated}))
            ORDER BY b.Id LIMIT 1)
        RETURNING InstanceId, Name, CustomStatus
        """;

    public async Task<OrchestrationWorkItem?> TryLockOrchestrationAsync()
    {
        var raw = await Queue.RunAsync(LockOrchestration).ConfigureAwait(false);
        if (raw is null)
        {
            return null;
        }

        var messages = raw.Messages.ConvertAll(m => (m.Id, new InboxMessage(ParseEvent(m.Event), m.ExecutionId)));
        return new OrchestrationWorkItem(raw.InstanceId, raw.LockToken, raw.Name, raw.CustomStatus, raw.History.ConvertAll(ParseEvent), messages);
    }

    public Task CompleteOrchestrationAsync(OrchestrationWorkItem workItem, EpisodeCommit commit) =>
        Queue.RunAsync(session =>
        {
            var now = Now();
            SaveInstance(session, workItem, commit.State, now);
            SaveHistory(session, workItem, commit.State);
            if (commit.LastConsumedInboxId is { } last)
            {
                // The consumed messages are the oldest of the instance's inbox: newer rows get higher ids.
                session.Execute("DELETE FROM Inbox WHERE InstanceId = $1 AND Id <= $2", workItem.InstanceId, last);
            }

            SaveOutbox(session, commit.State, now);
            return true;
        });

    public Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem) =>
        Queue.RunAsync(session => session.Execute(
            "UPDATE Instances SET LockedBy = NULL, LockExpiresAt = NULL WHERE InstanceId = $1 AND LockedBy = $2",
            workItem.InstanceId,
            workItem.LockToken));

    private RawWorkItem? LockOrchestration(SqliteSession session)
    {
        var now = Now();
        var token = NewLockToken();
        string instanceId;
        string name;
        string? customStatus;
        using (var reader = session.Query(s_lockNextInstance, token, now + _options.LockTimeout.Ticks, now))
        {
            if (!reader.Read())
            {
                return null;
            }

            instanceId = reader.GetString(0);
            name = reader.GetString(1);
            customStatus = reader.IsDBNull(2) ? null : reader.GetString(2);
        }

        var messages = new List<RawMessage>();
        using (var reader = session.Query("SELECT Id, ExecutionId, Event FROM Inbox WHERE InstanceId = $1 ORDER BY Id LIMIT $2", instanceId, _options.MaxEventsPerEpisode))
        {
            while (reader.Read())
            {
                messages.Add(new RawMessage(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), (byte[])reader[2]));
            }
        }

        return new RawWorkItem(instanceId, token, name, customStatus, ReadHistory(session, instanceId), messages);
    }

    private static void SaveInstance(SqliteSession session, OrchestrationWorkItem workItem, OrchestrationRuntimeState state, long now)
    {
        var finished = state.IsCompleted;
        var updated = session.Execute(
            """
            UPDATE Instances SET ExecutionId = coalesce($1, ExecutionId), Status = $2, UpdatedAt = $3, CompletedAt = $4,
                Input = CASE WHEN $5 THEN $6 ELSE Input END, Output = $7, CustomStatus = $8, FailureDetails = $9,
                LockedBy = NULL, LockExpiresAt = NULL
            WHERE InstanceId = $10 AND LockedBy = $11
            """,
            state.ExecutionId,
            (long)state.Status,
            now,
            finished ? now : null,
            state.HistoryReplaced,
            state.HistoryReplaced ? state.Input : null, // read only then; binding it on every episode copies up to 1 MiB for nothing
            state.Output,
            state.CustomStatus,
            Serialize(state.Failure),
            workItem.InstanceId,
            workItem.LockToken);
        if (updated == 0)
        {
            throw new WorkItemLockLostException(workItem.ToString());
        }

        if (finished || state.HistoryReplaced)
        {
            // Timers and waiting activity calls of a finished or replaced execution can only produce
            // messages that would be dropped.
            session.Execute("DELETE FROM Timers WHERE InstanceId = $1 AND ($2 OR ExecutionId <> $3)", workItem.InstanceId, finished, state.ExecutionId);
            session.Execute(
                "DELETE FROM ActivityTasks WHERE InstanceId = $1 AND LockedBy IS NULL AND ($2 OR ExecutionId <> $3)",
                workItem.InstanceId,
                finished,
                state.ExecutionId);
        }
    }

    private static void SaveHistory(SqliteSession session, OrchestrationWorkItem workItem, OrchestrationRuntimeState state)
    {
        var sequence = state.OldEvents.Count;
        if (state.HistoryReplaced)
        {
            session.Execute("DELETE FROM History WHERE InstanceId = $1", workItem.InstanceId);
            sequence = 0;
        }

        foreach (var chunk in state.NewEvents.Chunk(HistoryInserts.MaxRows))
        {
            var args = new object?[chunk.Length * 3];
            for (var i = 0; i < chunk.Length; i++)
            {
                args[i * 3] = workItem.InstanceId;
                args[(i * 3) + 1] = (long)sequence++;
                args[(i * 3) + 2] = chunk[i].ToByteArray();
            }

            session.Execute(HistoryInserts.Sql(chunk.Length), args);
        }
    }

    private void SaveOutbox(SqliteSession session, OrchestrationRuntimeState state, long now)
    {
        foreach (var task in state.Outbox.ActivityTasks)
        {
            session.Execute(
                "INSERT INTO ActivityTasks (InstanceId, ExecutionId, TaskScheduledId, Name, Input) VALUES ($1, $2, $3, $4, $5)",
                task.InstanceId,
                task.ExecutionId,
                (long)task.TaskScheduledId,
                task.Name,
                task.Input);
        }

        foreach (var timer in state.Outbox.Timers)
        {
            session.Execute(
                "INSERT INTO Timers (InstanceId, ExecutionId, DueAt, Event) VALUES ($1, $2, $3, $4)",
                timer.InstanceId,
                timer.ExecutionId,
                Ticks(timer.DueAt),
                timer.FiredEvent.ToByteArray());
        }

        foreach (var message in state.Outbox.Messages)
        {
            Send(session, state, message, now);
        }
    }

    private void Send(SqliteSession session, OrchestrationRuntimeState sender, OrchestratorMessage message, long now)
    {
        if (message.StartsInstance)
        {
            if (CreateInstance(session, message.Message.Event, s_noStatusKept, now) == CreateOutcome.Created)
            {
                return;
            }

            // An unfinished instance holds the id: the parent learns that its sub-orchestration did not start.
            var started = message.Message.Event.ExecutionStarted;
            var failure = HistoryEvents.EngineFailure(
                EngineFailureTypes.SubOrchestrationNotStarted,
                $"Sub-orchestration '{message.TargetInstanceId}' was not started: an unfinished instance with that id exists.");
            var answer = HistoryEvents.SubOrchestrationFailed(Time(now), started.ParentInstance.TaskScheduledId, failure);
            InsertInbox(session, sender.InstanceId, sender.ExecutionId, answer);
            return;
        }

        if (!TryDeliver(session, message.TargetInstanceId, message.Message.TargetExecutionId, message.Message.Event))
        {
            var outcome = Deliverability(session, message.TargetInstanceId);
            Log.MessageNotDelivered(_logger, sender.InstanceId, message.Message.Event.EventTypeCase.ToString(), message.TargetInstanceId, outcome.ToString());
        }
    }

    private sealed record RawMessage(long Id, string? ExecutionId, byte[] Event);

    private sealed record RawWorkItem(string InstanceId, string LockToken, string Name, string? CustomStatus, List<byte[]> History, List<RawMessage> Messages);
}

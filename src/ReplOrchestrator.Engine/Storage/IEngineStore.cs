using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>
/// The engine's storage port: loads and saves task hub state; decides nothing about orchestrations
/// (that is <see cref="Runtime.OrchestrationRuntimeState"/>'s job). Each method's changes are atomic and
/// durable when its task completes; several methods' changes may share one commit.
/// </summary>
internal interface IEngineStore : IAsyncDisposable
{
    /// <summary>Opens the task hub: creates or migrates the schema and releases locks a dead process left behind.</summary>
    /// <exception cref="IncompatibleDatabaseException">The file is not ours, is newer, or is in use by another engine.</exception>
    Task OpenAsync(CancellationToken cancellationToken);

    /// <summary>Creates an instance and queues its ExecutionStarted message.</summary>
    /// <param name="startEvent">The ExecutionStarted event.</param>
    /// <param name="keepStatuses">
    /// Finished statuses in which an existing instance with the same id is kept (and nothing created);
    /// a finished instance in any other status is replaced. An unfinished instance is always kept.
    /// </param>
    Task<CreateOutcome> CreateInstanceAsync(HistoryEvent startEvent, IReadOnlySet<OrchestrationStatus> keepStatuses);

    /// <summary>Queues a message for an unfinished instance.</summary>
    Task<EnqueueOutcome> EnqueueAsync(string instanceId, HistoryEvent message);

    /// <summary>Locks the instance with the oldest ready message, or returns <see langword="null"/>.</summary>
    Task<OrchestrationWorkItem?> TryLockOrchestrationAsync();

    /// <summary>Commits an episode: history, instance row, inbox, outbox, lock release.</summary>
    /// <exception cref="WorkItemLockLostException">The lock was taken over; nothing was written.</exception>
    Task CompleteOrchestrationAsync(OrchestrationWorkItem workItem, EpisodeCommit commit);

    /// <summary>Releases an instance without changes; its messages stay for the next episode.</summary>
    Task AbandonOrchestrationAsync(OrchestrationWorkItem workItem);

    /// <summary>Locks the oldest runnable activity task, or returns <see langword="null"/>.</summary>
    Task<ActivityWorkItem?> TryLockActivityAsync();

    /// <summary>Moves a running task's lock expiry a full lock timeout ahead.</summary>
    /// <returns><see langword="false"/> when the lock was already taken over.</returns>
    Task<bool> RenewActivityLockAsync(ActivityWorkItem workItem);

    /// <summary>Deletes the task and delivers its result (TaskCompleted or TaskFailed) to the instance.</summary>
    /// <exception cref="WorkItemLockLostException">The lock was taken over; nothing was written.</exception>
    Task CompleteActivityAsync(ActivityWorkItem workItem, HistoryEvent result);

    /// <summary>Releases a task so it runs again after <paramref name="retryAfter"/>.</summary>
    Task AbandonActivityAsync(ActivityWorkItem workItem, TimeSpan retryAfter);

    /// <summary>Moves every timer due now into its instance's inbox.</summary>
    Task<TimerPromotion> FireDueTimersAsync();

    /// <summary>Reads an instance, or <see langword="null"/>.</summary>
    Task<InstanceRecord?> GetInstanceAsync(string instanceId, bool withPayloads);

    /// <summary>Reads one page of instances, ordered by id.</summary>
    Task<(IReadOnlyList<InstanceRecord> Page, string? LastInstanceId)> QueryAsync(OrchestrationQuery query, string? afterInstanceId);

    /// <summary>Deletes finished instances that match (one by id, or all a filter matches); returns how many.</summary>
    Task<int> PurgeAsync(string? instanceId, PurgeInstancesFilter? filter);

    /// <summary>Reads an instance's current execution history, oldest first.</summary>
    Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId);
}

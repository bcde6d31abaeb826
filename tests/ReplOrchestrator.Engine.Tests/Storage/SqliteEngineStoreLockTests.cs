using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.Engine.Storage;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Engine.Tests.Storage;

/// <summary>Work item locks: owner and expiry, takeover, the named lock-lost error, release after a dead process.</summary>
public sealed class SqliteEngineStoreLockTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ManualTimeProvider _time = new();
    private readonly List<SqliteEngineStore> _stores = [];

    private EngineOptions Options => new() { DatabasePath = Path.Combine(_directory.Path, "hub.db"), LockTimeout = TimeSpan.FromMinutes(1) };

    [Fact]
    public async Task TryLockOrchestration_LockedInstance_IsNotHandedOutTwice()
    {
        var store = await OpenAsync();
        await CreateAsync(store, "a");

        (await store.TryLockOrchestrationAsync()).ShouldNotBeNull();

        (await store.TryLockOrchestrationAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task CompleteOrchestration_AfterAnotherWorkerTookTheExpiredLock_ThrowsLockLostAndWritesNothing()
    {
        var store = await OpenAsync();
        await CreateAsync(store, "a");
        var stale = (await store.TryLockOrchestrationAsync())!;
        _time.Advance(TimeSpan.FromMinutes(1));
        var current = (await store.TryLockOrchestrationAsync())!;
        current.InstanceId.ShouldBe("a");

        await Should.ThrowAsync<WorkItemLockLostException>(() => store.CompleteOrchestrationAsync(stale, Episode(stale)));

        (await store.GetHistoryAsync("a")).ShouldBeEmpty();
        await store.CompleteOrchestrationAsync(current, Episode(current));
        (await store.GetHistoryAsync("a")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task CompleteActivity_AfterTakeover_ThrowsLockLostAndOnlyOneResultIsDelivered()
    {
        var store = await OpenAsync();
        await CreateAsync(store, "a");
        var episode = (await store.TryLockOrchestrationAsync())!;
        var commit = Episode(episode);
        commit.State.Outbox.ActivityTasks.Add(new ActivityTask("a", commit.State.ExecutionId!, 0, "Probe", null));
        await store.CompleteOrchestrationAsync(episode, commit);
        var stale = (await store.TryLockActivityAsync())!;
        _time.Advance(TimeSpan.FromMinutes(2));
        var current = (await store.TryLockActivityAsync())!;
        current.DequeueCount.ShouldBe(2);

        await store.CompleteActivityAsync(current, HistoryEvents.TaskCompleted(_time.GetUtcNow(), 0, "1"));
        await Should.ThrowAsync<WorkItemLockLostException>(() => store.CompleteActivityAsync(stale, HistoryEvents.TaskCompleted(_time.GetUtcNow(), 0, "2")));

        var next = (await store.TryLockOrchestrationAsync())!;
        next.Messages.ShouldHaveSingleItem().Message.Event.TaskCompleted.Result.ShouldBe("1");
    }

    [Fact]
    public async Task Open_LocksLeftBehindByAStoppedProcess_AreReleasedAtOnce()
    {
        var first = await OpenAsync();
        await CreateAsync(first, "a");
        (await first.TryLockOrchestrationAsync()).ShouldNotBeNull();
        await first.DisposeAsync();

        var second = await OpenAsync();

        (await second.TryLockOrchestrationAsync())!.InstanceId.ShouldBe("a");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        _directory.Dispose();
    }

    private static Task CreateAsync(SqliteEngineStore store, string instanceId) =>
        store.CreateInstanceAsync(HistoryEvents.ExecutionStarted(DateTimeOffset.UnixEpoch, "Orch", instanceId, "e1", null), new HashSet<OrchestrationStatus>());

    private EpisodeCommit Episode(OrchestrationWorkItem workItem)
    {
        var state = new OrchestrationRuntimeState(workItem.InstanceId, workItem.History, null, () => "e2", 1024 * 1024);
        state.BeginEpisode(_time.GetUtcNow());
        foreach (var (_, message) in workItem.Messages)
        {
            state.TryAccept(message, out _);
        }

        state.EndEpisode(_time.GetUtcNow());
        return new EpisodeCommit(state, workItem.Messages.Count == 0 ? null : workItem.Messages[^1].InboxId);
    }

    private async Task<SqliteEngineStore> OpenAsync()
    {
        var store = new SqliteEngineStore(Options, _time, NullLogger.Instance);
        await store.OpenAsync(CancellationToken.None);
        _stores.Add(store);
        return store;
    }
}

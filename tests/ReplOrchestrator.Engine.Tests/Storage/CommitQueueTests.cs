using Microsoft.Data.Sqlite;
using ReplOrchestrator.Engine.Storage;

namespace ReplOrchestrator.Engine.Tests.Storage;

/// <summary>Group commit: operations queued together commit together, and one failure spoils only itself.</summary>
public sealed class CommitQueueTests : IAsyncLifetime
{
    private readonly SqliteSession _session;
    private readonly CommitQueue _queue;

    public CommitQueueTests()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        _session = new SqliteSession(connection);
        _session.ExecuteScript("CREATE TABLE Items (Value INTEGER NOT NULL)");
        _queue = new CommitQueue(_session, maxBatch: 64);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RunAsync_OneOperationOfAGroupThrows_OnlyItsWritesAreLost()
    {
        using var holdWriter = new ManualResetEventSlim();
        var blocker = _queue.RunAsync(session => holdWriter.Wait(TimeSpan.FromSeconds(30)) && Insert(session, 0));
        var first = _queue.RunAsync(session => Insert(session, 1));
        var failing = _queue.RunAsync<bool>(session =>
        {
            Insert(session, 2);
            throw new WorkItemLockLostException("item 2");
        });
        var last = _queue.RunAsync(session => Insert(session, 3));

        holdWriter.Set();

        (await blocker).ShouldBeTrue();
        (await first).ShouldBeTrue();
        await Should.ThrowAsync<WorkItemLockLostException>(() => failing);
        (await last).ShouldBeTrue();
        (await _queue.RunAsync(Values)).ShouldBe([0, 1, 3]);
    }

    [Fact]
    public async Task RunAsync_AfterDispose_IsRefused()
    {
        await _queue.DisposeAsync();

        Should.Throw<ObjectDisposedException>(() => _queue.RunAsync(session => Insert(session, 1)));
    }

    public async Task DisposeAsync()
    {
        await _queue.DisposeAsync();
        _session.Dispose();
    }

    private static bool Insert(SqliteSession session, long value) => session.Execute("INSERT INTO Items (Value) VALUES ($1)", value) == 1;

    private static List<long> Values(SqliteSession session)
    {
        var values = new List<long>();
        using var reader = session.Query("SELECT Value FROM Items ORDER BY Value");
        while (reader.Read())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }
}

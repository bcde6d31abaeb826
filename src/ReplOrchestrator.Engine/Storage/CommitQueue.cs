using System.Threading.Channels;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>
/// Runs every database operation on the engine's one connection, in order, and commits them in
/// groups: the operations that queue up while one commit is being written share the next
/// transaction (group commit), so the cost of a durable commit is shared by many episodes.
/// </summary>
/// <remarks>
/// An operation that throws changes nothing and its caller gets the exception; the rest of its group
/// commits. An operation may run more than once before it commits (after another one in its group
/// failed), so it must decide from the database, not from what it did before. A caller's task
/// completes only after the commit that holds its operation is durable.
/// </remarks>
internal sealed class CommitQueue : IAsyncDisposable
{
    private readonly Channel<IOperation> _operations = Channel.CreateUnbounded<IOperation>(new() { SingleReader = true });
    private readonly SqliteSession _session;
    private readonly int _maxBatch;
    private readonly Task _loop;

    public CommitQueue(SqliteSession session, int maxBatch)
    {
        _session = session;
        _maxBatch = maxBatch;
        _loop = Task.Run(RunAsync);
    }

    private interface IOperation
    {
        void Execute(SqliteSession session);

        void Complete();

        void Fail(Exception error);
    }

    /// <summary>Queues an operation and waits until it is committed.</summary>
    /// <exception cref="ObjectDisposedException">The queue has stopped.</exception>
    public Task<T> RunAsync<T>(Func<SqliteSession, T> work)
    {
        var operation = new Operation<T>(work);
        if (!_operations.Writer.TryWrite(operation))
        {
            throw new ObjectDisposedException(nameof(CommitQueue), "The engine's database is closed.");
        }

        return operation.Task;
    }

    /// <summary>Stops taking operations, finishes the queued ones, and returns when the last commit is done.</summary>
    public async ValueTask DisposeAsync()
    {
        _operations.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<IOperation>(_maxBatch);
        while (await _operations.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _maxBatch && _operations.Reader.TryRead(out var operation))
            {
                batch.Add(operation);
            }

            CommitBatch(batch);
            batch.Clear();
        }
    }

    // Optimistic: the whole group runs in one transaction. An operation that throws is rare (a lost
    // lock), so instead of paying a savepoint for every operation, the group is rolled back and its
    // operations run again one transaction each, where only the failing one fails.
    private void CommitBatch(List<IOperation> batch)
    {
        try
        {
            _session.Begin();
            foreach (var operation in batch)
            {
                operation.Execute(_session);
            }

            _session.Commit();
        }
        catch (Exception) when (batch.Count > 1)
        {
            TryRollback();
            foreach (var operation in batch)
            {
                CommitBatch([operation]);
            }

            return;
        }
        catch (Exception error)
        {
            TryRollback();
            batch[0].Fail(error);
            return;
        }

        foreach (var operation in batch)
        {
            operation.Complete();
        }
    }

    private void TryRollback()
    {
        try
        {
            _session.Rollback();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The transaction is already gone (SQLite rolls back by itself on some I/O errors).
        }
    }

    private sealed class Operation<T>(Func<SqliteSession, T> work) : IOperation
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public void Execute(SqliteSession session) => _result = work(session);

        public void Complete() => _completion.TrySetResult(_result!);

        public void Fail(Exception error) => _completion.TrySetException(error);
    }
}

using System.Threading.Channels;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>
/// Runs every database operation on the engine's one connection, in order, and commits them in
/// groups: the operations that queue up while one commit is being written share the next
/// transaction (group commit), so the cost of a durable commit is shared by many episodes.
/// </summary>
/// <remarks>
/// Each operation runs inside its own savepoint: one that throws is rolled back alone and its caller
/// gets the exception, while the rest of the group commits. A caller's task completes only after the
/// commit that holds its operation is durable.
/// </remarks>
internal sealed class CommitQueue : IAsyncDisposable
{
    private const string Savepoint = "op";
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

    private void CommitBatch(List<IOperation> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            _session.Begin();
            for (var i = 0; i < batch.Count; i++)
            {
                failures[i] = ExecuteInSavepoint(batch[i]);
            }

            _session.Commit();
        }
        catch (Exception error)
        {
            TryRollback();
            foreach (var operation in batch)
            {
                operation.Fail(error);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Fail(failure);
            }
            else
            {
                batch[i].Complete();
            }
        }
    }

    private Exception? ExecuteInSavepoint(IOperation operation)
    {
        _session.Save(Savepoint);
        try
        {
            operation.Execute(_session);
            _session.Release(Savepoint);
            return null;
        }
        catch (Exception error)
        {
            _session.RollbackTo(Savepoint);
            _session.Release(Savepoint);
            return error;
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

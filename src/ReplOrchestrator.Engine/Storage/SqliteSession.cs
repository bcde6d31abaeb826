using Microsoft.Data.Sqlite;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>
/// The engine's one SQLite connection, with a prepared statement per SQL text. Only the commit queue's
/// loop uses it, so it needs no locking. Parameters are positional: <c>$1</c>, <c>$2</c>, …
/// </summary>
internal sealed class SqliteSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteConnection Connection => connection;

    public void Begin() => _transaction = connection.BeginTransaction();

    public void Commit()
    {
        _transaction!.Commit();
        EndTransaction();
    }

    public void Rollback()
    {
        _transaction?.Rollback();
        EndTransaction();
    }

    public int Execute(string sql, params object?[] args) => Prepare(sql, args).ExecuteNonQuery();

    public object? Scalar(string sql, params object?[] args)
    {
        var value = Prepare(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public SqliteDataReader Query(string sql, params object?[] args) => Prepare(sql, args).ExecuteReader();

    /// <summary>Runs SQL that is not worth preparing (schema, pragmas): no parameters, not cached.</summary>
    public void ExecuteScript(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
        _transaction?.Dispose();
        connection.Dispose();
    }

    private void EndTransaction()
    {
        _transaction!.Dispose();
        _transaction = null;
    }

    private SqliteCommand Prepare(string sql, object?[] args)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < args.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter("$" + (i + 1), null));
            }

            command.Prepare();
            _statements.Add(sql, command);
        }

        command.Transaction = _transaction;
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters[i].Value = args[i] ?? DBNull.Value;
        }

        return command;
    }
}

using Google.Protobuf;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>
/// The task hub in one SQLite file (or in memory): WAL journal, one connection driven by a
/// <see cref="CommitQueue"/> that commits the operations queued meanwhile as one group, and prepared statements.
/// </summary>
internal sealed partial class SqliteEngineStore : IEngineStore
{
    // The OrchestrationStatus values an instance never leaves (completed, failed, canceled, terminated).
    private const string Finished = "(1, 3, 4, 5)";

    // A sub-orchestration replaces a finished instance with its id, whatever its status.
    private static readonly IReadOnlySet<OrchestrationStatus> s_noStatusKept = new HashSet<OrchestrationStatus>();
    private readonly EngineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private long _locks;
    private FileStream? _ownership;
    private SqliteSession? _session;
    private CommitQueue? _queue;

    public SqliteEngineStore(EngineOptions options, TimeProvider time, ILogger logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
    }

    private CommitQueue Queue => _queue ?? throw new InvalidOperationException("The store is not open.");

    private string Description => _options.IsInMemory ? "The in-memory database" : $"Database file '{Path.GetFullPath(_options.DatabasePath)}'";

    public Task OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_options.IsInMemory)
        {
            TakeOwnership();
        }

        var connection = new SqliteConnection(ConnectionString());
        connection.Open();
        _session = new SqliteSession(connection);
        try
        {
            SchemaInitializer.Initialize(_session, Description);
            ConfigureConnection(_session);
            var released = ReleaseDeadLocks(_session);
            if (released > 0)
            {
                Log.ReleasedDeadLocks(_logger, released);
            }
        }
        catch
        {
            _session.Dispose();
            _session = null;
            _ownership?.Dispose();
            throw;
        }

        _queue = new CommitQueue(_session, _options.MaxCommitBatch);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_queue is not null)
        {
            await _queue.DisposeAsync().ConfigureAwait(false);
            _queue = null;
        }

        if (_session is not null)
        {
            if (!_options.IsInMemory)
            {
                // Leave a compact file behind: fold the WAL into the database on a clean stop.
                _session.ExecuteScript("PRAGMA wal_checkpoint(TRUNCATE);");
            }

            _session.Dispose();
            _session = null;
        }

        _ownership?.Dispose();
        _ownership = null;
    }

    private static long Ticks(DateTimeOffset time) => time.UtcTicks;

    private static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    private static HistoryEvent ParseEvent(byte[] bytes) => HistoryEvent.Parser.ParseFrom(bytes);

    private static byte[]? Serialize(IMessage? message) => message?.ToByteArray();

    private long Now() => Ticks(_time.GetUtcNow());

    private string NewLockToken() => $"{_owner}#{Interlocked.Increment(ref _locks)}";

    private string ConnectionString() => new SqliteConnectionStringBuilder
    {
        DataSource = _options.DatabasePath,
        Mode = _options.IsInMemory ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    // Two engines on one file would each think they own every lock; the second is refused. The OS
    // drops the lock when the process dies, so a crash never leaves the file unusable.
    private void TakeOwnership()
    {
        var path = Path.GetFullPath(_options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            _ownership = new FileStream(path + ".owner", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException error)
        {
            throw new IncompatibleDatabaseException($"{Description} is in use by another engine process; one engine owns a database file at a time.", error);
        }
    }

    private void ConfigureConnection(SqliteSession session)
    {
        var synchronous = _options.FlushEachCommit ? "FULL" : "NORMAL";
        var journal = _options.IsInMemory ? string.Empty : "PRAGMA journal_mode = WAL;";
        session.ExecuteScript($"{journal} PRAGMA synchronous = {synchronous}; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;");
    }

    // This process owns the file, so any lock in it was left by a process that died: release them
    // now instead of waiting for them to expire.
    private static int ReleaseDeadLocks(SqliteSession session) =>
        session.Execute("UPDATE Instances SET LockedBy = NULL, LockExpiresAt = NULL WHERE LockedBy IS NOT NULL")
        + session.Execute("UPDATE ActivityTasks SET LockedBy = NULL, LockExpiresAt = NULL WHERE LockedBy IS NOT NULL");
}

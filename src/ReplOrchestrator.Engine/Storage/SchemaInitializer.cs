using System.Reflection;
using Microsoft.Data.Sqlite;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>
/// Makes a freshly opened database an up-to-date task hub, or refuses it. Reads before it writes, so
/// a file it refuses is left exactly as it was.
/// </summary>
internal static class SchemaInitializer
{
    private const int SqliteNotADatabase = 26;
    private static readonly Lazy<string> s_schema = new(ReadSchema);

    /// <summary>Checks the file is ours, neither older than this build opens nor newer, applies migrations and the idempotent schema.</summary>
    /// <exception cref="IncompatibleDatabaseException">The file is not a task hub of ours, or is too old or too new.</exception>
    public static void Initialize(SqliteSession session, string description) =>
        Initialize(session, description, SchemaVersion.Oldest, SchemaVersion.Current, SchemaVersion.Migrations);

    /// <summary>As <see cref="Initialize(SqliteSession, string)"/>, for given versions and migrations (tests).</summary>
    /// <param name="session">The open database.</param>
    /// <param name="description">Names the database in messages.</param>
    /// <param name="oldest">The oldest version opened; a task hub below it is refused.</param>
    /// <param name="current">The version this build writes.</param>
    /// <param name="migrations">The script taking version <c>n</c> to <c>n + 1</c> at index <c>n - oldest</c>.</param>
    internal static void Initialize(SqliteSession session, string description, int oldest, int current, IReadOnlyList<string> migrations)
    {
        var (applicationId, version, objects) = ReadIdentity(session, description);
        if (applicationId == 0 && objects > 0)
        {
            throw new IncompatibleDatabaseException(
                $"{description} is a SQLite database of another application (it has {objects} schema objects and no ReplOrchestrator mark); the engine will not use it. Point the engine at a new file.");
        }

        if (applicationId != 0 && applicationId != SchemaVersion.ApplicationId)
        {
            throw new IncompatibleDatabaseException(
                $"{description} belongs to another application (SQLite application_id 0x{applicationId:X8}); the engine will not use it. Point the engine at a new file.");
        }

        if (version > current)
        {
            throw new IncompatibleDatabaseException(
                $"{description} has schema version {version}, written by a newer ReplOrchestrator; this build knows versions up to {current}. Upgrade ReplOrchestrator to open it.");
        }

        if (applicationId != 0 && version < oldest)
        {
            throw new IncompatibleDatabaseException(
                $"{description} has schema version {version}, from a ReplOrchestrator that ran orchestrations on its own Durable SDK; this build replays them with Microsoft's and cannot resume them. Delete the file (or point --data elsewhere) to start an empty task hub.");
        }

        // One transaction: a migration that fails leaves the file at its old version.
        session.Begin();
        try
        {
            for (var from = version; applicationId != 0 && from < current; from++)
            {
                session.ExecuteScript(migrations[(int)from - oldest]);
            }

            session.ExecuteScript(s_schema.Value);
            session.ExecuteScript($"PRAGMA application_id = {SchemaVersion.ApplicationId}; PRAGMA user_version = {current};");
            session.Commit();
        }
        catch
        {
            session.Rollback();
            throw;
        }
    }

    private static (long ApplicationId, long Version, long Objects) ReadIdentity(SqliteSession session, string description)
    {
        try
        {
            var applicationId = (long)session.Scalar("PRAGMA application_id")!;
            var version = (long)session.Scalar("PRAGMA user_version")!;
            var objects = (long)session.Scalar("SELECT count(*) FROM sqlite_master")!;
            return (applicationId, version, objects);
        }
        catch (SqliteException error) when (error.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new IncompatibleDatabaseException($"{description} is not a SQLite database; the engine will not use it. Point the engine at a new file.", error);
        }
    }

    private static string ReadSchema()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("ReplOrchestrator.Engine.Storage.schema.sql")
            ?? throw new InvalidOperationException("The engine's schema.sql is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

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

    /// <summary>Checks the file is ours and not newer, applies migrations and the idempotent schema.</summary>
    /// <exception cref="IncompatibleDatabaseException">The file is not a task hub of ours, or is newer.</exception>
    public static void Initialize(SqliteSession session, string description) =>
        Initialize(session, description, SchemaVersion.Current, SchemaVersion.Migrations);

    /// <summary>As <see cref="Initialize(SqliteSession, string)"/>, for a given target version and migrations (tests).</summary>
    internal static void Initialize(SqliteSession session, string description, int current, IReadOnlyList<string> migrations)
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

        // One transaction: a migration that fails leaves the file at its old version.
        session.Begin();
        try
        {
            for (var from = version; applicationId != 0 && from < current; from++)
            {
                session.ExecuteScript(migrations[(int)from - 1]);
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

using Microsoft.Data.Sqlite;
using ReplOrchestrator.Engine.Storage;

namespace ReplOrchestrator.Engine.Tests.Storage;

/// <summary>The migration path: an older task hub is brought up to the build's version, in order, once.</summary>
public sealed class SchemaInitializerTests : IDisposable
{
    private readonly SqliteSession _session;

    public SchemaInitializerTests()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        _session = new SqliteSession(connection);
        SchemaInitializer.Initialize(_session, "test database");
    }

    [Fact]
    public void Initialize_OlderVersion_RunsEachMissingMigrationInOrder()
    {
        string[] migrations =
        [
            "ALTER TABLE Instances ADD COLUMN Tags TEXT NULL;",
            "CREATE TABLE Notes (Text TEXT NOT NULL); INSERT INTO Notes (Text) VALUES ('from version 2');",
        ];

        SchemaInitializer.Initialize(_session, "test database", SchemaVersion.Current, SchemaVersion.Current + 2, migrations);

        _session.Scalar("PRAGMA user_version").ShouldBe(SchemaVersion.Current + 2L);
        _session.Scalar("SELECT count(*) FROM pragma_table_info('Instances') WHERE name = 'Tags'").ShouldBe(1L);
        _session.Scalar("SELECT Text FROM Notes").ShouldBe("from version 2");
    }

    [Fact]
    public void Initialize_SameVersionAgain_ChangesNothing()
    {
        _session.Execute("INSERT INTO Timers (InstanceId, ExecutionId, DueAt, Event) VALUES ('a', 'e', 1, x'00')");

        SchemaInitializer.Initialize(_session, "test database");

        _session.Scalar("SELECT count(*) FROM Timers").ShouldBe(1L);
        _session.Scalar("PRAGMA user_version").ShouldBe((long)SchemaVersion.Current);
    }

    [Fact]
    public void Initialize_MigrationFails_LeavesTheOldVersion()
    {
        Should.Throw<SqliteException>(() =>
            SchemaInitializer.Initialize(_session, "test database", SchemaVersion.Current, SchemaVersion.Current + 1, ["ALTER TABLE NoSuchTable ADD COLUMN X TEXT;"]));

        _session.Scalar("PRAGMA user_version").ShouldBe((long)SchemaVersion.Current);
    }

    public void Dispose() => _session.Dispose();
}

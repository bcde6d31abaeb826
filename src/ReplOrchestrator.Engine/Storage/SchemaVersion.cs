namespace ReplOrchestrator.Engine.Storage;

/// <summary>Which schema a database file holds, and how an older one is brought up to date.</summary>
internal static class SchemaVersion
{
    /// <summary>The schema this build writes (<c>PRAGMA user_version</c>).</summary>
    public const int Current = 1;

    /// <summary>Marks a SQLite file as an engine task hub (<c>PRAGMA application_id</c>): "RPLE".</summary>
    public const int ApplicationId = 0x52504C45;

    /// <summary>
    /// The script that takes a database from version <c>n</c> to <c>n + 1</c>, at index <c>n - 1</c>.
    /// A schema change adds a script here and raises <see cref="Current"/>; <c>schema.sql</c> always
    /// holds the latest full schema and runs after the migrations.
    /// </summary>
    public static IReadOnlyList<string> Migrations { get; } = [];
}

namespace ReplOrchestrator.Engine.Storage;

/// <summary>Which schema a database file holds, and how an older one is brought up to date.</summary>
internal static class SchemaVersion
{
    /// <summary>
    /// The schema this build writes (<c>PRAGMA user_version</c>). Version 2: histories are replayed by
    /// Microsoft's Durable Task SDK and stored as its protocol messages.
    /// </summary>
    public const int Current = 2;

    /// <summary>
    /// The oldest schema this build opens. Version 1 task hubs hold histories of orchestrations that
    /// ran on the project's own SDK: Microsoft's runner derives other deterministic ids from them
    /// (<c>NewGuid</c>, sub-orchestration ids), so resuming them could go wrong silently. They are
    /// refused with a message that says what to do, not migrated.
    /// </summary>
    public const int Oldest = 2;

    /// <summary>Marks a SQLite file as an engine task hub (<c>PRAGMA application_id</c>): "RPLE".</summary>
    public const int ApplicationId = 0x52504C45;

    /// <summary>
    /// The script that takes a database from version <c>n</c> to <c>n + 1</c>, at index <c>n - </c><see cref="Oldest"/>.
    /// A schema change adds a script here and raises <see cref="Current"/>; <c>schema.sql</c> always
    /// holds the latest full schema and runs after the migrations.
    /// </summary>
    public static IReadOnlyList<string> Migrations { get; } = [];
}

namespace ReplOrchestrator.Engine.Storage;

/// <summary>What asking to create an instance did.</summary>
internal enum CreateOutcome
{
    /// <summary>The instance was created (replacing a finished one with the same id, if asked to).</summary>
    Created,

    /// <summary>An instance with the id exists; nothing changed.</summary>
    Exists,

    /// <summary>An unfinished instance with the id exists; nothing changed.</summary>
    ExistsUnfinished,
}

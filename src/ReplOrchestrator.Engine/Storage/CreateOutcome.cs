namespace ReplOrchestrator.Engine.Storage;

/// <summary>What asking to create an instance did.</summary>
internal enum CreateOutcome
{
    /// <summary>The instance was created (replacing a finished one with the same id whose status was not to be kept).</summary>
    Created,

    /// <summary>A finished instance with the id exists in a status the caller keeps; nothing changed.</summary>
    Exists,

    /// <summary>An unfinished instance with the id exists; nothing changed.</summary>
    ExistsUnfinished,
}

namespace ReplOrchestrator.Engine.Storage;

/// <summary>What delivering a message to an instance's inbox did.</summary>
internal enum EnqueueOutcome
{
    /// <summary>The message is stored.</summary>
    Enqueued,

    /// <summary>No instance has the id; nothing stored.</summary>
    NotFound,

    /// <summary>The instance has finished and would drop the message; nothing stored.</summary>
    Finished,
}

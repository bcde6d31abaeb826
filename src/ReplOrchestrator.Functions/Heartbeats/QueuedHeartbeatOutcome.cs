namespace ReplOrchestrator.Functions.Heartbeats;

/// <summary>What became of one queued heartbeat.</summary>
internal enum QueuedHeartbeatOutcome
{
    /// <summary>A new heartbeat, handed to its appliance's monitor; the message is completed.</summary>
    Taken,

    /// <summary>A sequence already taken; the message is completed and nothing changes.</summary>
    Repeat,

    /// <summary>Not a valid heartbeat document, or not the sender's to send; dead-lettered with the reason.</summary>
    DeadLettered,

    /// <summary>It could not be stored now; the message is abandoned, to come again (until the queue's delivery limit dead-letters it).</summary>
    Abandoned,
}

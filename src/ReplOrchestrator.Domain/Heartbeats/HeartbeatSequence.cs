namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>Tells a new heartbeat from a repeated or late one.</summary>
public static class HeartbeatSequence
{
    /// <summary>
    /// Whether a heartbeat with <paramref name="sequence"/> is newer than the last one taken; a repeat
    /// or an older sequence is acknowledged as a duplicate and changes nothing.
    /// </summary>
    /// <param name="lastTaken">The sequence of the last heartbeat taken, or null when none was.</param>
    /// <param name="sequence">The sequence of the heartbeat just received.</param>
    public static bool IsNewer(long? lastTaken, long sequence) => lastTaken is not { } last || sequence > last;
}

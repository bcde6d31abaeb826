namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>What a heartbeat is to its appliance's order (see <see cref="HeartbeatSequence.Judge"/>).</summary>
public enum HeartbeatVerdict
{
    /// <summary>The next heartbeat of the current order (or the appliance's first): taken.</summary>
    Next,

    /// <summary>A heartbeat of another epoch, sent after the current order began: taken, and its epoch starts a new order.</summary>
    NewEpoch,

    /// <summary>
    /// A lower sequence of the current epoch, sent after every heartbeat taken in it: the agent counts
    /// again from a lower number (reinstalled, or restored without its count). Taken; it starts a new order.
    /// </summary>
    Restarted,

    /// <summary>The same or an older sequence of the current order, sent no later than what was taken: a retry or a late delivery. Acknowledged as a duplicate.</summary>
    Repeat,

    /// <summary>A heartbeat of another epoch, sent before the current order began: a late one of an earlier run of the agent. Acknowledged as a duplicate.</summary>
    Stale,
}

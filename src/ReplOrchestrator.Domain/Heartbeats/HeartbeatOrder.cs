namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>
/// Where an appliance's heartbeats stand: the order the last one was taken in (its epoch and when that
/// order began) and the last one taken. <see cref="HeartbeatSequence"/> judges each new heartbeat against it.
/// </summary>
/// <param name="Epoch">The epoch of the current order; <see langword="null"/> for heartbeats that carry none.</param>
/// <param name="Sequence">The sequence of the last heartbeat taken.</param>
/// <param name="StartedAt">The <c>sentAt</c> of the order's first heartbeat: a heartbeat of another epoch sent before it is stale.</param>
/// <param name="LatestSentAt">The latest <c>sentAt</c> taken in this order: a lower sequence sent after it restarts the count.</param>
/// <param name="Taken">
/// Heartbeats taken so far over every order, one more per heartbeat: it orders what the monitor forwards
/// even when an appliance's own count starts again.
/// </param>
public sealed record HeartbeatOrder(string? Epoch, long Sequence, DateTimeOffset StartedAt, DateTimeOffset LatestSentAt, long Taken)
{
    /// <summary>
    /// The order a monitor kept before heartbeats had epochs, when it recorded only the last sequence and
    /// when it arrived; <see langword="null"/> when there is none, or when the sequence cannot be real
    /// (above <see cref="HeartbeatSequence.MaxValue"/>, taken before that bound existed), so it holds nothing back.
    /// </summary>
    /// <param name="lastSequence">The last sequence taken.</param>
    /// <param name="lastHeartbeatAt">When it arrived, standing in for when it was sent.</param>
    /// <param name="monitoredSince">When monitoring began, standing in for when the order began.</param>
    public static HeartbeatOrder? FromLastSequence(long? lastSequence, DateTimeOffset? lastHeartbeatAt, DateTimeOffset? monitoredSince)
    {
        if (lastSequence is not { } sequence || sequence > HeartbeatSequence.MaxValue || lastHeartbeatAt is not { } lastAt)
        {
            return null;
        }

        // The count of heartbeats forwarded so far goes on from the last sequence, which is what was forwarded until now.
        return new HeartbeatOrder(null, sequence, monitoredSince ?? lastAt, lastAt, sequence);
    }
}

using System.Collections.Concurrent;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>
/// Decides in one step whether a heartbeat is new for its appliance, so two concurrent requests with the
/// same heartbeat get one "accepted" and one "duplicate". The appliance monitor stays the authority (it
/// judges every heartbeat the same way again); this only makes the answer exact within a process.
/// </summary>
public sealed class SequenceGate
{
    private readonly ConcurrentDictionary<string, HeartbeatOrder> _orders = new(StringComparer.Ordinal);

    /// <summary>
    /// Judges <paramref name="heartbeat"/> against the later of what this process took and what the monitor
    /// last took (by <see cref="HeartbeatOrder.Taken"/>), and takes it when the verdict says so.
    /// </summary>
    /// <param name="heartbeat">A valid heartbeat from its own appliance.</param>
    /// <param name="monitorOrder">The order the appliance's monitor last published, or <see langword="null"/> before its first heartbeat.</param>
    public HeartbeatVerdict TryTake(Heartbeat heartbeat, HeartbeatOrder? monitorOrder)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        while (true)
        {
            var known = _orders.TryGetValue(heartbeat.ApplianceId, out var taken) ? taken : null;
            var basis = known is not null && (monitorOrder is null || known.Taken >= monitorOrder.Taken) ? known : monitorOrder;
            var (verdict, next) = HeartbeatSequence.TryTake(basis, heartbeat);
            if (next is null)
            {
                return verdict;
            }

            if (known is null ? _orders.TryAdd(heartbeat.ApplianceId, next) : _orders.TryUpdate(heartbeat.ApplianceId, next, known))
            {
                return verdict;
            }
        }
    }

    /// <summary>
    /// Forgets a heartbeat taken here that could not be stored, unless a later one was taken meanwhile, so a
    /// retry is judged against the monitor again and not called a duplicate.
    /// </summary>
    public void Release(Heartbeat heartbeat)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        // Its send time may not be the latest of the order (a clock set back), so epoch and sequence identify it.
        if (_orders.TryGetValue(heartbeat.ApplianceId, out var order) && order.Epoch == heartbeat.Epoch && order.Sequence == heartbeat.Sequence)
        {
            _orders.TryRemove(KeyValuePair.Create(heartbeat.ApplianceId, order));
        }
    }
}

using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// External events by name (case-insensitive): each arriving event completes the oldest waiter for
/// its name, or is kept first in first out until someone waits (protocol.md §4 rule 10).
/// </summary>
internal sealed class ExternalEventInbox
{
    private readonly Dictionary<string, Queue<Arrival>> _buffered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<EventWaiter>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private int _arrivals;

    /// <summary>Hands an EventRaised event to its oldest waiter, or keeps it.</summary>
    public void Deliver(HistoryEvent raised)
    {
        var name = raised.EventRaised.Name;
        if (_waiters.TryGetValue(name, out var waiters))
        {
            var waiter = waiters.First!.Value;
            RemoveWaiter(name, waiters, waiter);

            // Complete after the bookkeeping: the waiter's continuation may wait again at once.
            waiter.Complete(raised.EventRaised.Input);
            return;
        }

        if (!_buffered.TryGetValue(name, out var queue))
        {
            queue = new Queue<Arrival>();
            _buffered.Add(name, queue);
        }

        queue.Enqueue(new Arrival(_arrivals++, raised));
    }

    /// <summary>Takes the oldest kept event of that name, if any.</summary>
    public bool TryTake(string name, out string? payload)
    {
        if (_buffered.TryGetValue(name, out var queue))
        {
            payload = queue.Dequeue().Event.EventRaised.Input;
            if (queue.Count == 0)
            {
                _buffered.Remove(name);
            }

            return true;
        }

        payload = null;
        return false;
    }

    /// <summary>Queues a waiter behind the others for that name.</summary>
    public EventWaiter Wait(string name)
    {
        if (!_waiters.TryGetValue(name, out var waiters))
        {
            waiters = new LinkedList<EventWaiter>();
            _waiters.Add(name, waiters);
        }

        var waiter = new EventWaiter(name);
        waiter.Node = waiters.AddLast(waiter);
        return waiter;
    }

    /// <summary>Removes a waiter that stopped waiting, so it takes no event; false when it already has one.</summary>
    public bool Abandon(EventWaiter waiter)
    {
        if (waiter.Node.List is not { } waiters)
        {
            return false;
        }

        RemoveWaiter(waiter.Name, waiters, waiter);
        return true;
    }

    /// <summary>True when a waiter's token is cancelled but it still waits (see <see cref="OpenTasks.HasMissedCancellation"/>).</summary>
    public bool HasMissedCancellation() =>
        _waiters.Values.Any(waiters => waiters.Any(waiter => waiter.CancellationToken.IsCancellationRequested));

    /// <summary>The events kept and not consumed, in the order they arrived.</summary>
    public IEnumerable<HistoryEvent> Unconsumed() =>
        _buffered.Values.SelectMany(queue => queue).OrderBy(arrival => arrival.Order).Select(arrival => arrival.Event);

    private void RemoveWaiter(string name, LinkedList<EventWaiter> waiters, EventWaiter waiter)
    {
        waiters.Remove(waiter.Node);
        if (waiters.Count == 0)
        {
            _waiters.Remove(name);
        }
    }

    private readonly record struct Arrival(int Order, HistoryEvent Event);
}

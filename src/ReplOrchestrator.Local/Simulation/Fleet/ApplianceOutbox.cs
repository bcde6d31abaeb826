using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// What an appliance still has to tell the server: event-log entries and command results wait here
/// until a heartbeat carrying them is accepted, as a real agent keeps its event-log bookmark.
/// </summary>
/// <remarks>
/// A failed or duplicate heartbeat leaves everything for the next one; a refused body drops what it
/// carried, because sending it again would be refused again. While the server is out of reach the
/// oldest entries go first once <see cref="MaxHeldEvents"/> wait.
/// </remarks>
internal sealed class ApplianceOutbox
{
    /// <summary>The most event-log entries held for an unreachable server: ten full heartbeats' worth.</summary>
    public const int MaxHeldEvents = 10 * HeartbeatDefaults.MaxEvents;

    private readonly List<ReplicationEvent> _events = [];
    private readonly List<ProbeResult> _probeResults = [];
    private readonly List<CommandResult> _commandResults = [];

    /// <summary>Queues entries to report.</summary>
    public void Add(IEnumerable<ReplicationEvent> events)
    {
        _events.AddRange(events);
        if (_events.Count > MaxHeldEvents)
        {
            _events.RemoveRange(0, _events.Count - MaxHeldEvents);
        }
    }

    /// <summary>Queues a command's probe results.</summary>
    public void Add(IEnumerable<ProbeResult> results) => _probeResults.AddRange(results);

    /// <summary>Queues a command's result.</summary>
    public void Add(CommandResult result) => _commandResults.Add(result);

    /// <summary>The next heartbeat's share: at most <paramref name="maxEvents"/> entries, oldest first, and every result. Nothing leaves the outbox yet.</summary>
    public OutboxBatch Peek(int maxEvents) => new([.. _events.Take(maxEvents)], [.. _probeResults], [.. _commandResults]);

    /// <summary>Takes what <paramref name="batch"/> carried out of the outbox (delivered, or refused for good).</summary>
    public void Remove(OutboxBatch batch)
    {
        _events.RemoveRange(0, batch.Events.Count);
        _probeResults.RemoveRange(0, batch.ProbeResults.Count);
        _commandResults.RemoveRange(0, batch.CommandResults.Count);
    }
}

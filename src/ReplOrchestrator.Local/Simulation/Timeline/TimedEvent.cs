using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>An event-log entry a timeline writes at a known instant; the appliance reports it in its next heartbeat.</summary>
/// <param name="At">When the entry is logged.</param>
/// <param name="EventId">The event id, for example 32086.</param>
/// <param name="Source">The event source (provider).</param>
/// <param name="Level">The entry's level.</param>
/// <param name="Message">The entry's description, with the VM's name and id filled in.</param>
internal sealed record TimedEvent(DateTimeOffset At, int EventId, string Source, ReplicationEventLevel Level, string Message)
{
    /// <summary>The entry as the contract carries it, about <paramref name="vmId"/>.</summary>
    public ReplicationEvent ToContract(string vmId) => new(EventId, Source, Level, vmId, At, Message);
}

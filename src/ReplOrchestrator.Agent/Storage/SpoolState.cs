using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Agent.Storage;

/// <summary>What the agent owes the server, as kept on disk between heartbeats.</summary>
/// <remarks>
/// Host state (services, VMs) is not spooled: every heartbeat carries the state of its moment, so an outage
/// summarises to the latest state by construction. Events are kept up to a cap; results are never dropped.
/// </remarks>
/// <param name="Events">Event-log entries not yet delivered, oldest first.</param>
/// <param name="EventsDropped">How many entries were dropped since the agent was installed: over the cap, too old, or refused.</param>
/// <param name="ProbeResults">Probe results not yet delivered.</param>
/// <param name="CommandResults">Command results not yet delivered.</param>
/// <param name="Ran">Ids of commands already run, newest last, so a command delivered again is not run again.</param>
/// <param name="Bookmark">Where the event-log reading stands (the last record id read); null before the first read.</param>
internal sealed record SpoolState(
    IReadOnlyList<ReplicationEvent> Events,
    long EventsDropped,
    IReadOnlyList<ProbeResult> ProbeResults,
    IReadOnlyList<CommandResult> CommandResults,
    IReadOnlyList<string> Ran,
    string? Bookmark)
{
    /// <summary>Nothing owed.</summary>
    public static SpoolState Empty { get; } = new([], 0, [], [], [], null);
}

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>One VM's part of a heartbeat, as the appliance monitor forwards it.</summary>
/// <param name="ApplianceId">The appliance that reported it.</param>
/// <param name="Kind">The appliance's kind.</param>
/// <param name="Sequence">
/// Where the heartbeat stands among those the appliance monitor took (<see cref="HeartbeatOrder.Taken"/>);
/// a VM monitor ignores one it has seen. It grows even when the appliance's own sequence starts again, and
/// equals the heartbeat's sequence for appliances monitored before epochs existed.
/// </param>
/// <param name="ReceivedAt">When the API received the heartbeat.</param>
/// <param name="Vm">The VM's report.</param>
/// <param name="Events">The event-log entries about this VM.</param>
/// <param name="Endpoints">The appliance's Azure endpoints (what a diagnosis probes).</param>
public sealed record VmObservation(
    string ApplianceId,
    ApplianceKind Kind,
    long Sequence,
    DateTimeOffset ReceivedAt,
    VmReport Vm,
    IReadOnlyList<ReplicationEvent> Events,
    IReadOnlyList<ApplianceEndpoint> Endpoints);

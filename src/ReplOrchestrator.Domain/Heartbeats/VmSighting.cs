namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>A source's sighting of a VM that another appliance reports (see <see cref="Heartbeat.Sightings"/>).</summary>
/// <param name="ApplianceId">The appliance whose heartbeats report the VM.</param>
/// <param name="VmId">The VM, as that appliance names it.</param>
/// <param name="At">When the source last showed it.</param>
public sealed record VmSighting(string ApplianceId, string VmId, DateTimeOffset At);

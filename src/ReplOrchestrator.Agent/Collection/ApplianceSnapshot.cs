using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Collection;

/// <summary>What the host looked like at one heartbeat, and the event-log entries new since the last read.</summary>
/// <param name="Services">States of the configured services.</param>
/// <param name="Endpoints">The configured endpoints.</param>
/// <param name="Vms">The replicating VMs (Hyper-V Replica); empty for Azure Migrate, whose VMs the vault reports.</param>
/// <param name="Events">New event-log entries.</param>
/// <param name="Bookmark">Where the event-log reading stands after them.</param>
/// <param name="Problems">Host commands that failed, one line each; the heartbeat still goes out with what was read.</param>
internal sealed record ApplianceSnapshot(
    IReadOnlyList<ServiceStatus> Services,
    IReadOnlyList<ApplianceEndpoint> Endpoints,
    IReadOnlyList<VmReport> Vms,
    IReadOnlyList<ReplicationEvent> Events,
    string? Bookmark,
    IReadOnlyList<string> Problems);

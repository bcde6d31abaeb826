using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Agent.Storage;

/// <summary>What one heartbeat carries out of the spool; removed from it only once the server has taken that heartbeat.</summary>
/// <param name="Events">Events, oldest first, at most the contract's per-heartbeat limit.</param>
/// <param name="ProbeResults">Every pending probe result.</param>
/// <param name="CommandResults">Every pending command result.</param>
internal sealed record SpoolBatch(IReadOnlyList<ReplicationEvent> Events, IReadOnlyList<ProbeResult> ProbeResults, IReadOnlyList<CommandResult> CommandResults);

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>A command handed to the appliance with every heartbeat answer until its result arrives.</summary>
/// <param name="Command">The command.</param>
/// <param name="Requester">The instance its result goes back to.</param>
/// <param name="QueuedAt">When it was queued (orchestration time).</param>
public sealed record PendingCommand(ApplianceCommand Command, string Requester, DateTimeOffset QueuedAt);

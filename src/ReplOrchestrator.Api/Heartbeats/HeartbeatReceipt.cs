using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>What taking a heartbeat came to: whether it was a repeat, and the commands waiting for its appliance.</summary>
/// <param name="IsDuplicate">True when the sequence was taken before; nothing was delivered.</param>
/// <param name="Commands">The appliance's pending commands, less those this heartbeat answers.</param>
public sealed record HeartbeatReceipt(bool IsDuplicate, IReadOnlyList<ApplianceCommand> Commands);

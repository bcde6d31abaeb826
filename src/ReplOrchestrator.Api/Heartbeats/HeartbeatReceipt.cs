using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>What taking a heartbeat came to: whether it was a repeat, and the commands waiting for its appliance.</summary>
/// <param name="IsDuplicate">True when the heartbeat was a repeat or a stale one; nothing was delivered.</param>
/// <param name="Commands">The appliance's pending commands, less those this heartbeat answers.</param>
public sealed record HeartbeatReceipt(bool IsDuplicate, IReadOnlyList<ApplianceCommand> Commands)
{
    /// <summary>What the heartbeat was to its appliance's order.</summary>
    /// <value>Defaults to <see cref="HeartbeatVerdict.Next"/>.</value>
    public HeartbeatVerdict Verdict { get; init; } = HeartbeatVerdict.Next;
}

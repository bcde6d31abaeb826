using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>What taking a heartbeat came to: its verdict, and the commands waiting for its appliance.</summary>
/// <param name="Verdict">What the heartbeat was to its appliance's order.</param>
/// <param name="Commands">The appliance's pending commands, less those this heartbeat answers.</param>
public sealed record HeartbeatReceipt(HeartbeatVerdict Verdict, IReadOnlyList<ApplianceCommand> Commands)
{
    /// <summary>True when the heartbeat was a repeat or a stale one; nothing was delivered.</summary>
    public bool IsDuplicate => !Verdict.IsTaken();
}

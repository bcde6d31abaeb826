namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The answer to a heartbeat: whether it was taken, and the commands for the appliance.</summary>
/// <param name="Accepted">Always true for an answered heartbeat; rejected heartbeats get a problem response instead.</param>
/// <param name="Duplicate">True for a repeat or a late heartbeat (see <see cref="HeartbeatSequence.Judge"/>); nothing changed.</param>
/// <param name="Commands">Commands the appliance should run now; empty when there are none.</param>
public sealed record HeartbeatResponse(bool Accepted, bool Duplicate, IReadOnlyList<ApplianceCommand> Commands)
{
    /// <summary>A new heartbeat was taken; the appliance should run <paramref name="commands"/>.</summary>
    public static HeartbeatResponse Taken(IReadOnlyList<ApplianceCommand> commands) => new(true, false, commands);

    /// <summary>A repeated or late heartbeat: acknowledged so the appliance stops retrying, and ignored.</summary>
    public static HeartbeatResponse Repeat(IReadOnlyList<ApplianceCommand> commands) => new(true, true, commands);
}

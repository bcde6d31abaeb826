using System.Globalization;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>Something notable a simulated appliance did or met, with a one-line description for people.</summary>
/// <param name="At">When, in simulated time.</param>
/// <param name="ApplianceId">The appliance.</param>
internal abstract record SimulationEvent(DateTimeOffset At, string ApplianceId)
{
    /// <summary>What happened, in one line that starts with the appliance id.</summary>
    public abstract string Describe();

    protected static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The server refused a heartbeat.</summary>
internal sealed record HeartbeatRejected(DateTimeOffset At, string ApplianceId, long Sequence, HeartbeatProblem Problem, int DroppedItems)
    : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => Invariant($"{ApplianceId} heartbeat {Sequence} rejected: {Problem.Describe()}")
        + (DroppedItems > 0 ? Invariant($"; dropped the {DroppedItems} events and results it carried") : "");
}

/// <summary>The server took a heartbeat for a repeat and ignored it.</summary>
internal sealed record HeartbeatDuplicate(DateTimeOffset At, string ApplianceId, long Sequence) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() =>
        Invariant($"{ApplianceId} heartbeat {Sequence} answered as a duplicate: the server has this sequence or a newer one");
}

/// <summary>A heartbeat got no usable answer, after the previous one did (later failures in a row are counted, not reported).</summary>
internal sealed record HeartbeatFailed(DateTimeOffset At, string ApplianceId, long Sequence, string Error) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => Invariant($"{ApplianceId} heartbeat {Sequence} failed: {Error}");
}

/// <summary>A heartbeat got an answer again after failures.</summary>
internal sealed record ServerReachedAgain(DateTimeOffset At, string ApplianceId, int FailedHeartbeats) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => Invariant($"{ApplianceId} reaches the server again after {FailedHeartbeats} failed heartbeat(s)");
}

/// <summary>A new command arrived.</summary>
internal sealed record CommandReceived(DateTimeOffset At, string ApplianceId, ApplianceCommand Command) : SimulationEvent(At, ApplianceId)
{
    public override string Describe()
    {
        var what = Command.Kind == CommandKind.RunProbes ? $"RunProbes {string.Join(", ", Command.Probes)}" : Command.Kind.ToString();
        var vm = Command.VmId is null ? "" : $" for {Command.VmId}";
        return $"{ApplianceId} received {Command.CommandId}: {what}{vm}";
    }
}

/// <summary>A command's results reached the server in an accepted heartbeat.</summary>
internal sealed record CommandAnswered(DateTimeOffset At, string ApplianceId, string CommandId, string Summary) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => $"{ApplianceId} answered {CommandId}: {Summary}";
}

/// <summary>A command the appliance cannot run.</summary>
internal sealed record CommandIgnored(DateTimeOffset At, string ApplianceId, IgnoredCommand Command) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => $"{ApplianceId} cannot run {Command.CommandId ?? "a command"}: {Command.Reason}";
}

/// <summary>The appliance stopped sending, as its scenario says.</summary>
internal sealed record ApplianceSilenced(DateTimeOffset At, string ApplianceId, DateTimeOffset Until) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => Invariant($"{ApplianceId} goes silent until {Until:HH:mm:ss}");
}

/// <summary>The appliance sends again after a silence.</summary>
internal sealed record ApplianceBack(DateTimeOffset At, string ApplianceId) : SimulationEvent(At, ApplianceId)
{
    public override string Describe() => $"{ApplianceId} sends heartbeats again";
}

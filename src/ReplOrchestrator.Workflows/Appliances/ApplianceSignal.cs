using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>A signal to an appliance monitor; which fields are set depends on <see cref="Kind"/>.</summary>
public sealed record ApplianceSignal(ApplianceSignalKind Kind)
{
    /// <summary>The heartbeat (<see cref="ApplianceSignalKind.Heartbeat"/>).</summary>
    public Heartbeat? Heartbeat { get; init; }

    /// <summary>When the API received it, by the monitor's clock (<see cref="ApplianceSignalKind.Heartbeat"/>).</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>The command to queue (<see cref="ApplianceSignalKind.QueueCommand"/>).</summary>
    public ApplianceCommand? Command { get; init; }

    /// <summary>The instance the command's result goes back to (<see cref="ApplianceSignalKind.QueueCommand"/>).</summary>
    public string? Requester { get; init; }

    /// <summary>A heartbeat signal.</summary>
    public static ApplianceSignal OfHeartbeat(Heartbeat heartbeat, DateTimeOffset receivedAt) =>
        new(ApplianceSignalKind.Heartbeat) { Heartbeat = heartbeat, ReceivedAt = receivedAt };

    /// <summary>A command to queue for the appliance.</summary>
    public static ApplianceSignal OfCommand(ApplianceCommand command, string requester) =>
        new(ApplianceSignalKind.QueueCommand) { Command = command, Requester = requester };
}

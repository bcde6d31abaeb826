using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>
/// What an appliance monitor knows; its input, carried from one generation to the next.
/// </summary>
/// <param name="ApplianceId">The appliance.</param>
public sealed record ApplianceMonitorState(string ApplianceId)
{
    /// <summary>The appliance's kind, from its first heartbeat.</summary>
    public ApplianceKind? Kind { get; init; }

    /// <summary>The sequence of the newest heartbeat taken (what the fleet view shows).</summary>
    public long? LastSequence { get; init; }

    /// <summary>
    /// Where the appliance's heartbeats stand: epoch, last sequence and the count of heartbeats taken.
    /// <see langword="null"/> before the first heartbeat, and in state kept before epochs existed (see <see cref="CurrentOrder"/>).
    /// </summary>
    public HeartbeatOrder? Order { get; init; }

    /// <summary>When the newest heartbeat was received.</summary>
    public DateTimeOffset? LastHeartbeatAt { get; init; }

    /// <summary>When monitoring began (orchestration time of the first episode).</summary>
    public DateTimeOffset? MonitoredSince { get; init; }

    /// <summary>Whether the heartbeat deadline has passed without a heartbeat.</summary>
    public ApplianceConnection Connection { get; init; } = ApplianceConnection.Connected;

    /// <summary>The services the last heartbeat reported.</summary>
    public IReadOnlyList<ServiceStatus> Services { get; init; } = [];

    /// <summary>The Azure endpoints the last heartbeat reported (what cloud probes check).</summary>
    public IReadOnlyList<ApplianceEndpoint> Endpoints { get; init; } = [];

    /// <summary>The VMs whose monitors exist, ordered.</summary>
    public IReadOnlyList<string> Vms { get; init; } = [];

    /// <summary>Commands waiting for their results.</summary>
    public IReadOnlyList<PendingCommand> PendingCommands { get; init; } = [];

    /// <summary>The catalog codes of this appliance's own open alerts.</summary>
    public IReadOnlyList<string> OpenAlerts { get; init; } = [];

    /// <summary>Other appliances' VMs this source showed lately (see <see cref="VmSightings"/>); empty for appliances.</summary>
    public IReadOnlyList<VmSighting> Sightings { get; init; } = [];

    /// <summary>The order new heartbeats are judged against: <see cref="Order"/>, or the one a monitor without epochs kept.</summary>
    public HeartbeatOrder? CurrentOrder() => Order ?? HeartbeatOrder.FromLastSequence(LastSequence, LastHeartbeatAt, MonitoredSince);
}

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>
/// What an appliance monitor publishes as its custom status: what the API serves about the appliance,
/// the order it judges duplicates by, and the commands the next heartbeat answer carries.
/// </summary>
public sealed record ApplianceStatus(
    string ApplianceId,
    ApplianceKind? Kind,
    ApplianceConnection Connection,
    DateTimeOffset? LastHeartbeatAt,
    long? LastSequence,
    DateTimeOffset? MonitoredSince,
    int VmCount,
    IReadOnlyList<ServiceStatus> Services,
    IReadOnlyList<ApplianceCommand> PendingCommands,
    IReadOnlyList<string> OpenAlerts)
{
    /// <summary>Where the appliance's heartbeats stand; absent from a status published before epochs existed (see <see cref="CurrentOrder"/>).</summary>
    public HeartbeatOrder? Order { get; init; }

    /// <summary>Other appliances' VMs this source showed lately, for the API's <c>sources</c> (see <see cref="Heartbeat.Sightings"/>).</summary>
    public IReadOnlyList<VmSighting> Sightings { get; init; } = [];

    /// <summary>The order a new heartbeat is judged against, also from a status published before epochs existed.</summary>
    public HeartbeatOrder? CurrentOrder() => Order ?? HeartbeatOrder.FromLastSequence(LastSequence, LastHeartbeatAt, MonitoredSince);

    /// <summary>The status of a monitor's state.</summary>
    public static ApplianceStatus Of(ApplianceMonitorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(
            state.ApplianceId,
            state.Kind,
            state.Connection,
            state.LastHeartbeatAt,
            state.LastSequence,
            state.MonitoredSince,
            state.Vms.Count,
            state.Services,
            [.. state.PendingCommands.Select(p => p.Command)],
            state.OpenAlerts)
        {
            Order = state.CurrentOrder(),
            Sightings = state.Sightings,
        };
    }
}

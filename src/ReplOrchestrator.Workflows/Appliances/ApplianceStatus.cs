using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>
/// What an appliance monitor publishes as its custom status: what the API serves about the appliance,
/// the sequence it judges duplicates by, and the commands the next heartbeat answer carries.
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
            state.OpenAlerts);
    }
}

using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// The automatic resume of a Hyper-V replication suspended at shutdown, within its contract (pure). Like
/// Microsoft's restart script it resumes only what is suspended at shutdown (32086 with 32022) and still
/// reports Suspended or Error; it asks once per suspension, and a failed resume updates the suspension alert
/// with the host's answer and the manual step instead of asking again. A suspension ends when the VM reports
/// Replicating; the next one may be resumed again.
/// </summary>
internal static class VmResume
{
    /// <summary>Whether to ask the host to resume replication now.</summary>
    /// <param name="state">The VM after the observation and its events.</param>
    /// <param name="suspendedAtShutdown">Whether the fresh events are the shutdown pair (<see cref="HyperVSituation.SuggestsResume"/>).</param>
    /// <param name="options">The monitoring options (<see cref="MonitorOptions.AutoResumeSuspendedReplication"/>).</param>
    public static bool ShouldRequest(VmMonitorState state, bool suspendedAtShutdown, MonitorOptions options) =>
        options.AutoResumeSuspendedReplication
        && suspendedAtShutdown
        && state.State is ReplicationState.Suspended or ReplicationState.Error
        && state.Resume is null;

    /// <summary>Records the command asked for.</summary>
    public static VmMonitorState Requested(VmMonitorState state, string commandId, DateTimeOffset at) =>
        state with { Resume = new ResumeAttempt(commandId, at) };

    /// <summary>Ends the suspension's attempt once replication runs again.</summary>
    public static VmMonitorState Observed(VmMonitorState state) =>
        state.State == ReplicationState.Replicating && state.Resume is not null ? state with { Resume = null } : state;

    /// <summary>
    /// Takes the host's answer to this suspension's command. A failure fires the suspension alert again, with
    /// the answer as evidence and the manual check first; anything else (another command, a repeat) changes nothing.
    /// </summary>
    public static (VmMonitorState State, AlertDelivery? Delivery) Answered(VmMonitorState state, CommandResult result, DateTimeOffset now, string signalId)
    {
        if (state.Resume is not { Succeeded: null } attempt || attempt.CommandId != result.CommandId)
        {
            return (state, null);
        }

        state = state with { Resume = attempt with { Succeeded = result.Ok } };
        if (result.Ok)
        {
            return (state, null);
        }

        var alert = ResumeFailureAlert.Fire(VmAlerts.Context(state), state.Name ?? state.VmId, result, now);
        var open = VmAlerts.Upsert(state.Open, alert.Code, alert.Severity, now, c => c with { LastEventAt = now });
        return (state with { Open = open }, VmAlerts.Fire(state, alert, signalId, now));
    }
}

using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// How an alert lifecycle's state answers a fire or resolve signal (pure; the orchestration then
/// publishes when <see cref="AlertLifecycleState.DueAt"/> comes).
/// </summary>
internal static class AlertTransitions
{
    private const int RememberedSignals = 20;

    public static AlertLifecycleState Apply(AlertLifecycleState state, AlertSignal signal, WorkflowOptions options)
    {
        if (state.RecentSignals.Contains(signal.SignalId))
        {
            return state;
        }

        var next = signal.Kind == AlertSignalKind.Fire ? Fire(state, signal, options) : Resolve(state, signal, options);
        return next with { RecentSignals = [.. state.RecentSignals.TakeLast(RememberedSignals - 1), signal.SignalId] };
    }

    private static AlertLifecycleState Fire(AlertLifecycleState state, AlertSignal signal, WorkflowOptions options)
    {
        var fresh = signal.Alert ?? throw new ArgumentException("A fire signal carries the alert.", nameof(signal));
        var host = signal.HostName ?? state.HostName;
        switch (state.Phase)
        {
            case AlertPhase.Idle or AlertPhase.Resolved:
                return state with
                {
                    Phase = AlertPhase.Pending, Alert = fresh, HostName = host, DueAt = signal.At + options.Alerts.GroupWait, ResolveReason = null,
                    History = state is { Phase: AlertPhase.Resolved, Alert: { } ended } ? [.. state.History.Append(ended).TakeLast(options.Monitoring.AlertHistory)] : state.History,
                };
            case AlertPhase.Pending:
                return state with { Alert = AlertBuilder.Refire(state.Alert!, fresh), HostName = host };
            case AlertPhase.Resolving:
                // Back within the resolve hold: the same alert goes on, unannounced unless it has news (an escalation, say).
                var resumed = AlertBuilder.Refire(state.Alert!, fresh);
                return state with
                {
                    Phase = AlertPhase.Firing, Alert = resumed, HostName = host, DueAt = AlertChanges.IsMaterial(state.Alert!, resumed) ? signal.At : RepeatAt(state, options),
                };
            default:
                var refired = AlertBuilder.Refire(state.Alert!, fresh);
                return state with { Alert = refired, HostName = host, DueAt = AlertChanges.IsMaterial(state.Alert!, refired) ? signal.At : state.DueAt };
        }
    }

    private static AlertLifecycleState Resolve(AlertLifecycleState state, AlertSignal signal, WorkflowOptions options) => state.Phase switch
    {
        // Cleared inside the grouping wait: nobody was told, nobody needs to be.
        AlertPhase.Pending => state with { Phase = AlertPhase.Resolved, Alert = AlertBuilder.Resolve(state.Alert!, signal.At, Resolved(state.Alert!, signal.Reason)), DueAt = null },
        AlertPhase.Firing => state with { Phase = AlertPhase.Resolving, DueAt = signal.At + options.Monitoring.ResolveHold, ResolveReason = signal.Reason },
        _ => state,
    };

    /// <summary>Whether going from <paramref name="before"/> to <paramref name="after"/> began a new episode, moving the resolved one into the history.</summary>
    public static bool BeganNewEpisode(AlertLifecycleState before, AlertLifecycleState after) =>
        before.Phase == AlertPhase.Resolved && after.Phase != AlertPhase.Resolved;

    /// <summary>The summary a resolved alert carries.</summary>
    public static string Resolved(Alert alert, string? reason) => reason is null ? alert.Summary : $"Resolved: {reason}";

    private static DateTimeOffset RepeatAt(AlertLifecycleState state, WorkflowOptions options) =>
        (state.LastNotifiedAt ?? state.Alert!.FirstSeen) + options.Alerts.RepeatInterval;
}

using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// The escalation rule: a <c>Warning</c> still firing <see cref="WarningAfter"/> after it was first seen is routed
/// as <c>Critical</c>, so a degradation nobody fixed reaches the people Critical alerts reach. Info never escalates.
/// </summary>
/// <remarks>
/// Only routing sees the effective severity (the <c>severity</c> label); the alert keeps its own. An alert that
/// resolved counts as firing until its <see cref="Alert.LastSeen"/>, so its resolution goes where its firing went.
/// </remarks>
/// <param name="WarningAfter">How long a Warning fires before it escalates; null never escalates.</param>
public readonly record struct SeverityEscalation(TimeSpan? WarningAfter)
{
    /// <summary>No escalation.</summary>
    public static SeverityEscalation None => default;

    /// <summary>When an alert of <paramref name="severity"/> first seen at <paramref name="firstSeen"/> escalates; null when it never does.</summary>
    public DateTimeOffset? EscalatesAt(AlertSeverity severity, DateTimeOffset firstSeen) =>
        severity == AlertSeverity.Warning && WarningAfter is { } after ? firstSeen + after : null;

    /// <summary>The severity an alert of <paramref name="severity"/>, firing since <paramref name="firstSeen"/>, is routed with at <paramref name="now"/>.</summary>
    public AlertSeverity EffectiveSeverity(AlertSeverity severity, DateTimeOffset firstSeen, DateTimeOffset now) =>
        EscalatesAt(severity, firstSeen) is { } at && now >= at ? AlertSeverity.Critical : severity;

    /// <summary>The severity <paramref name="alert"/> is routed with at <paramref name="now"/>.</summary>
    public AlertSeverity EffectiveSeverity(Alert alert, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var firingUntil = alert.Status == AlertStatus.Resolved && alert.LastSeen < now ? alert.LastSeen : now;
        return EffectiveSeverity(alert.Severity, alert.FirstSeen, firingUntil);
    }
}

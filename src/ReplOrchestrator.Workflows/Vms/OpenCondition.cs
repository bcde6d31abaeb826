using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// A condition of a VM with an open alert, and what keeps it open: it stays open while any of its
/// sources still holds (the replication state, a health reason, recent event-log entries, a cycle
/// problem not yet followed by a successful cycle).
/// </summary>
/// <param name="Code">The catalog code (the alert's dedup key's last part).</param>
/// <param name="Since">When it opened.</param>
/// <param name="Severity">The severity last signalled.</param>
public sealed record OpenCondition(string Code, DateTimeOffset Since, AlertSeverity Severity)
{
    /// <summary>When an event-log entry last raised it; it stays open for the quiet period after.</summary>
    public DateTimeOffset? LastEventAt { get; init; }

    /// <summary>True while a cycle problem holds it open (until a later cycle succeeds).</summary>
    public bool FromCycle { get; init; }

    /// <summary>The cycle that raised it, if one did.</summary>
    public string? CycleId { get; init; }
}

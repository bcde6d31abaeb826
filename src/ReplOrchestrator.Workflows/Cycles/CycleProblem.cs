using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// A phase overrun or a failure of a cycle, for its VM monitor to alert on: sent as soon as it is
/// seen, and again once the diagnosis has assessed the causes.
/// </summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="Code">The catalog code (the alert's).</param>
/// <param name="Summary">What happened, in one line (e.g. "disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min").</param>
/// <param name="ErrorId">The Microsoft numeric id, when there is one.</param>
/// <param name="Severity">A severity other than the catalog's default, if any.</param>
/// <param name="Causes">The assessed causes; empty before the diagnosis.</param>
/// <param name="ProbeResults">The evidence: every probe result.</param>
/// <param name="Diagnosed">True when a diagnosis ran (even if it had nothing to probe).</param>
/// <param name="ObservedAt">When the problem was seen; a report sent again once diagnosed keeps it.</param>
public sealed record CycleProblem(
    string CycleId,
    string Code,
    string Summary,
    int? ErrorId,
    AlertSeverity? Severity,
    IReadOnlyList<CauseAssessment> Causes,
    IReadOnlyList<ProbeResult> ProbeResults,
    bool Diagnosed,
    DateTimeOffset ObservedAt)
{
    /// <summary>
    /// The host the reported error names (1022: "unable to connect to the vSphere host '…'"), a DNS name or IP
    /// address; null when it names none. The alert's steps name it instead of a placeholder.
    /// </summary>
    public string? HostName { get; init; }
}

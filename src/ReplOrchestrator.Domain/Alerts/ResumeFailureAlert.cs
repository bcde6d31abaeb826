using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Catalog.Entries;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>
/// The suspension alert (<see cref="CatalogCodes.HyperVReplicationSuspended"/>, event 32086) once the automatic
/// <c>ResumeReplication</c> failed, the way Microsoft's restart script reports a failed resume in its event 3
/// ("Failed to resume replication for &lt;VM&gt; on &lt;server&gt;. Please check replication status manually."):
/// the host's answer is the evidence and the manual check is the first step.
/// </summary>
/// <remarks>
/// A resume that does not hold means the failure that suspended replication still stands, so the
/// non-recoverable failure becomes the likely cause; the shutdown stays possible (the replica server may
/// simply not be back yet).
/// </remarks>
public static class ResumeFailureAlert
{
    private const int SuspendedEventId = 32086;

    /// <summary>The updated suspension alert.</summary>
    /// <param name="context">The VM's appliance and id; summary, severity and error id are set here.</param>
    /// <param name="vmName">The VM's name on the Hyper-V host, for the commands of the manual step.</param>
    /// <param name="result">The host's answer to the command (not ok).</param>
    /// <param name="at">When the answer arrived.</param>
    public static Alert Fire(AlertContext context, string vmName, CommandResult result, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(vmName);
        ArgumentNullException.ThrowIfNull(result);
        var entry = ErrorCatalog.Get(CatalogCodes.HyperVReplicationSuspended);
        var detail = string.IsNullOrWhiteSpace(result.Detail) ? "no detail given" : result.Detail.ReplaceLineEndings(" ").Trim();
        var evidence = $"ResumeReplication {result.CommandId} failed: {detail}";
        var causes = CauseAnalysis.Assess(entry, [])
            .Select(c => c.CauseId == HyperVReplicaCauses.NonRecoverable ? c with { Confidence = CauseConfidence.Likely, Evidence = [evidence] } : c)
            .OrderBy(c => c.Confidence)
            .ToList();
        var summary = $"Replication was suspended at shutdown (32086 with 32022) and the automatic resume failed: {detail}. "
            + "It stays suspended until someone checks it and resumes it.";

        var alert = AlertBuilder.Fire(entry, context with { Summary = summary, Severity = AlertSeverity.Critical, ErrorId = SuspendedEventId }, causes, [], at);
        return alert with { RecommendedActions = [ManualStep(vmName, evidence), .. alert.RecommendedActions] };
    }

    private static string ManualStep(string vmName, string evidence)
    {
        var name = "'" + vmName.Replace("'", "''", StringComparison.Ordinal) + "'";
        return $"The automatic resume failed ({evidence}). As Microsoft's restart script says when a resume fails (its event 3), check the "
            + $"replication status manually: on the primary server run `Get-VMReplication -VMName {name}` (State, Health) and read the "
            + "Microsoft-Windows-Hyper-V-VMMS/Admin log for the failure that stops it; once the replica server is reachable and that failure is "
            + $"fixed, resume in Hyper-V Manager (Replication > Resume Replication) or with `Resume-VMReplication -VMName {name}`. "
            + "ReplOrchestrator does not resume this suspension again.";
    }
}

using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Fleet;

/// <summary><c>GET /api/fleet</c>: every appliance with its VMs.</summary>
public sealed record FleetView(IReadOnlyList<ApplianceView> Appliances);

/// <summary>One appliance: connection, last heartbeat (its sequence and the epoch it counts in), its own open alerts, and its VMs.</summary>
public sealed record ApplianceView(
    string ApplianceId,
    ApplianceKind? Kind,
    ApplianceConnection Connection,
    DateTimeOffset? LastHeartbeatAt,
    long? LastSequence,
    string? Epoch,
    IReadOnlyList<string> OpenAlerts,
    int PendingCommands,
    IReadOnlyList<VmSummaryView> Vms);

/// <summary>One VM in the fleet view.</summary>
public sealed record VmSummaryView(
    string VmId,
    string? Name,
    string? Host,
    HealthLevel Health,
    ReplicationState? ReplicationState,
    CycleView? CurrentCycle,
    DateTimeOffset? LastSuccessfulCycleAt,
    int OpenAlerts)
{
    /// <summary>The RPO target the VM is held to, in seconds.</summary>
    public double RpoTargetSeconds { get; init; }

    /// <summary>
    /// The worst catalog severity among the VM's open alerts; null when none is open. Health judges finished cycles,
    /// so a disk stalled right now shows here first.
    /// </summary>
    public AlertSeverity? WorstOpenAlert { get; init; }

    /// <summary>Where the VM's facts come from.</summary>
    public SourcesView? Sources { get; init; }

    /// <summary>The summary of a VM monitor's status.</summary>
    public static VmSummaryView Of(VmStatus status, ArmSightings sightings) => new(
        status.VmId, status.Name, status.Host, status.Health, status.ReplicationState, CycleView.Of(status.CurrentCycle), status.LastSuccessfulCycleAt, status.OpenAlerts.Count)
    {
        RpoTargetSeconds = status.RpoTarget.TotalSeconds,
        WorstOpenAlert = status.OpenAlerts.Count == 0 ? null : status.OpenAlerts.Select(c => ErrorCatalog.TryGet(c, out var entry) ? entry.Severity : AlertSeverity.Warning).Max(),
        Sources = SourcesView.Of(status, sightings),
    };
}

/// <summary>A cycle in progress: phase, and upload progress over all disks.</summary>
public sealed record CycleView(string CycleId, CycleType Type, CyclePhase Phase, DateTimeOffset StartedAt, long TotalBytes, long UploadedBytes, double ProgressPercent)
{
    /// <summary>The view of a reported cycle, or null.</summary>
    public static CycleView? Of(CycleReport? report)
    {
        if (report is null)
        {
            return null;
        }

        var total = report.Disks.Sum(d => d.TotalBytes);
        var uploaded = report.Disks.Sum(d => d.UploadedBytes);
        return new CycleView(report.CycleId, report.Type, report.Phase, report.StartedAt, total, uploaded, total == 0 ? 0 : Math.Round(100.0 * uploaded / total, 1));
    }
}

/// <summary><c>GET /api/appliances/{applianceId}/vms/{vmId}</c>: health with reasons, RPO, recent cycles, open alerts.</summary>
public sealed record VmDetailView(
    string ApplianceId,
    string VmId,
    string? Name,
    string? Host,
    ApplianceKind Kind,
    ReplicationState? ReplicationState,
    HealthView Health,
    RpoView Rpo,
    DateTimeOffset? NextCycleExpectedAt,
    CycleView? CurrentCycle,
    IReadOnlyList<CycleRecordView> RecentCycles,
    IReadOnlyList<Alert> OpenAlerts,
    DateTimeOffset? LastReportedAt)
{
    /// <summary>The reports of the latest cycle, oldest first: its phases and each disk's bytes over time.</summary>
    public IReadOnlyList<TrailSample> Trail { get; init; } = [];

    /// <summary>Each disk of the cycle in progress, as last reported; empty between cycles.</summary>
    public IReadOnlyList<DiskProgress> Disks { get; init; } = [];

    /// <summary>How long each phase may take, to draw the latest cycle's phases against.</summary>
    public required PhaseLimitsView PhaseLimits { get; init; }

    /// <summary>Event-log entries of the last minutes (Hyper-V event ids), oldest first.</summary>
    public IReadOnlyList<ReplicationEvent> Events { get; init; } = [];

    /// <summary>Where the VM's facts come from.</summary>
    public SourcesView? Sources { get; init; }
}

/// <summary>The phase limits in force, in seconds: a snapshot or disposal that runs longer overruns; an upload times out after a stall this long.</summary>
public sealed record PhaseLimitsView(double SnapshotSeconds, double UploadStallSeconds, double UploadMaxSeconds, double DisposeArtefactsSeconds)
{
    /// <summary>The limits of <paramref name="options"/> for a cycle of <paramref name="type"/> (initial cycles may upload longer).</summary>
    public static PhaseLimitsView Of(CycleOptions options, CycleType? type) => new(
        options.SnapshotTimeout.TotalSeconds,
        options.UploadStallTimeout.TotalSeconds,
        options.UploadCapFor(type ?? CycleType.Delta).TotalSeconds,
        options.DisposeArtefactsTimeout.TotalSeconds);
}

/// <summary>Health level, since when, and why.</summary>
public sealed record HealthView(HealthLevel Level, DateTimeOffset? Since, IReadOnlyList<HealthReason> Reasons);

/// <summary>
/// The RPO target and when the last good cycle ended. The age itself is left to the reader's clock: a body with an
/// age as of the request would differ on every read, and its <c>ETag</c> would never match a poll.
/// </summary>
/// <param name="TargetSeconds">The target, in seconds.</param>
/// <param name="LastSuccessfulCycleAt">When the last cycle succeeded; null before any success.</param>
public sealed record RpoView(double TargetSeconds, DateTimeOffset? LastSuccessfulCycleAt);

/// <summary>One recent cycle: outcome, duration and error.</summary>
public sealed record CycleRecordView(string? CycleId, CycleOutcome Outcome, CycleType? Type, DateTimeOffset? StartedAt, DateTimeOffset EndedAt, double? DurationSeconds, string? ErrorCode, IReadOnlyList<string> Problems)
{
    /// <summary>The view of a recorded cycle.</summary>
    public static CycleRecordView Of(CycleRecord record) =>
        new(record.CycleId, record.Outcome, record.Type, record.StartedAt, record.At, record.Duration?.TotalSeconds, record.ErrorCode, record.Problems);
}

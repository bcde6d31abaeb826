using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// One replication cycle from start to end, known in advance: when each phase begins, how each disk
/// uploads, and whether it completes or fails. A heartbeat samples it with <see cref="ReportAt"/>.
/// </summary>
/// <remarks>
/// Phases run <c>Snapshot</c> from <see cref="StartedAt"/>, <c>Upload</c> from <see cref="UploadFrom"/>,
/// <c>DisposeArtefacts</c> from <see cref="DisposeFrom"/>, and end at <see cref="EndsAt"/>. A phase that
/// is skipped starts where the next one does (Hyper-V Replica has no snapshot or disposal; a cycle that
/// fails during its upload has no disposal). The ended cycle stays in reports until
/// <see cref="VisibleUntil"/>, so at least one heartbeat carries its outcome.
/// </remarks>
internal sealed record CyclePlan(
    string CycleId,
    CycleType Type,
    DateTimeOffset StartedAt,
    DateTimeOffset UploadFrom,
    DateTimeOffset DisposeFrom,
    DateTimeOffset EndsAt,
    DateTimeOffset VisibleUntil,
    IReadOnlyList<DiskPlan> Disks,
    CycleError? Failure)
{
    /// <summary>Whether a heartbeat at <paramref name="now"/> reports this cycle.</summary>
    public bool IsVisibleAt(DateTimeOffset now) => now >= StartedAt && now < VisibleUntil;

    /// <summary>The phase at <paramref name="now"/>.</summary>
    public CyclePhase PhaseAt(DateTimeOffset now) =>
        now >= EndsAt ? (Failure is null ? CyclePhase.Completed : CyclePhase.Failed)
        : now >= DisposeFrom ? CyclePhase.DisposeArtefacts
        : now >= UploadFrom ? CyclePhase.Upload
        : CyclePhase.Snapshot;

    /// <summary>The cycle as a heartbeat at <paramref name="now"/> reports it; progress stops where the cycle ended.</summary>
    public CycleReport ReportAt(DateTimeOffset now)
    {
        var sampled = now < EndsAt ? now : EndsAt;
        var phase = PhaseAt(now);
        return new CycleReport(
            CycleId,
            Type,
            phase,
            StartedAt,
            [.. Disks.Select(d => new DiskProgress(d.DiskId, d.TotalBytes, d.UploadedAt(sampled)))],
            phase == CyclePhase.Failed ? Failure : null);
    }
}

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>A signal to a cycle; which field is set depends on <see cref="Kind"/>.</summary>
/// <param name="Kind">What the signal tells.</param>
/// <param name="ObservedAt">When the report, the superseding cycle or the upload's timeout was observed.</param>
public sealed record CycleSignal(CycleSignalKind Kind, DateTimeOffset ObservedAt)
{
    /// <summary>The newer report (<see cref="CycleSignalKind.Report"/>).</summary>
    public CycleReport? Report { get; init; }

    /// <summary>The upload that timed out (<see cref="CycleSignalKind.UploadTimedOut"/>).</summary>
    public DiskUploadResult? Upload { get; init; }

    /// <summary>A report signal.</summary>
    public static CycleSignal Of(CycleReport report, DateTimeOffset observedAt) => new(CycleSignalKind.Report, observedAt) { Report = report };

    /// <summary>Word that a newer cycle began.</summary>
    public static CycleSignal Superseded(DateTimeOffset observedAt) => new(CycleSignalKind.Superseded, observedAt);

    /// <summary>A disk upload's timeout.</summary>
    public static CycleSignal Of(DiskUploadResult upload, DateTimeOffset observedAt) => new(CycleSignalKind.UploadTimedOut, observedAt) { Upload = upload };
}

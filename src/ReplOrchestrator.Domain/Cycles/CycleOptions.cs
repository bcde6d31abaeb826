using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Cycles;

/// <summary>
/// How long each phase of a replication cycle may take and when a cycle counts as missed; bound from
/// <c>Repl:Cycle</c>. Every value can be overridden, down to seconds for demonstrations and tests.
/// </summary>
public sealed record CycleOptions : IValidatedOptions
{
    /// <summary>How long snapshot creation may take before it counts as hung (<c>SnapshotHung</c>).</summary>
    /// <value>Defaults to <see cref="CycleDefaults.SnapshotTimeout"/> (30 min); 1 s to 1 day.</value>
    public TimeSpan SnapshotTimeout { get; init; } = CycleDefaults.SnapshotTimeout;

    /// <summary>How long a disk may upload no bytes before the upload times out (1011, stalled).</summary>
    /// <value>Defaults to <see cref="CycleDefaults.UploadStallTimeout"/> (30 min); 1 s to 1 day, at most <see cref="UploadMaxDuration"/>.</value>
    public TimeSpan UploadStallTimeout { get; init; } = CycleDefaults.UploadStallTimeout;

    /// <summary>How long a delta cycle's upload may take in all, progress or not (1011, too slow).</summary>
    /// <value>Defaults to <see cref="CycleDefaults.UploadMaxDuration"/> (12 h); 1 s to 7 days.</value>
    public TimeSpan UploadMaxDuration { get; init; } = CycleDefaults.UploadMaxDuration;

    /// <summary>How long an initial replication's upload may take in all.</summary>
    /// <value>Defaults to <see cref="CycleDefaults.InitialUploadMaxDuration"/> (7 days); 1 s to 90 days, at least <see cref="UploadMaxDuration"/>.</value>
    public TimeSpan InitialUploadMaxDuration { get; init; } = CycleDefaults.InitialUploadMaxDuration;

    /// <summary>How long releasing the snapshot and consolidating disks may take (181008).</summary>
    /// <value>Defaults to <see cref="CycleDefaults.DisposeArtefactsTimeout"/> (30 min); 1 s to 1 day.</value>
    public TimeSpan DisposeArtefactsTimeout { get; init; } = CycleDefaults.DisposeArtefactsTimeout;

    /// <summary>How long after its expected start an Azure Migrate cycle may still begin before it counts as missed.</summary>
    /// <value>Defaults to <see cref="CycleDefaults.MissedCycleGrace"/> (1 h); 0 to 1 day.</value>
    public TimeSpan MissedCycleGrace { get; init; } = CycleDefaults.MissedCycleGrace;

    /// <summary>The same grace for Hyper-V Replica, in replication intervals (so 1.0 at 5 min frequency is 5 min).</summary>
    /// <value>Defaults to <see cref="CycleDefaults.HyperVMissedCycleGraceFactor"/> (1.0); 0 to 10.</value>
    public double HyperVMissedCycleGraceFactor { get; init; } = CycleDefaults.HyperVMissedCycleGraceFactor;

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate()
    {
        var second = TimeSpan.FromSeconds(1);
        var day = TimeSpan.FromDays(1);
        return new OptionRules()
            .Between(nameof(SnapshotTimeout), SnapshotTimeout, second, day)
            .Between(nameof(UploadStallTimeout), UploadStallTimeout, second, day)
            .Between(nameof(UploadMaxDuration), UploadMaxDuration, second, TimeSpan.FromDays(7))
            .Between(nameof(InitialUploadMaxDuration), InitialUploadMaxDuration, second, TimeSpan.FromDays(90))
            .Between(nameof(DisposeArtefactsTimeout), DisposeArtefactsTimeout, second, day)
            .Between(nameof(MissedCycleGrace), MissedCycleGrace, TimeSpan.Zero, day)
            .Between(nameof(HyperVMissedCycleGraceFactor), HyperVMissedCycleGraceFactor, 0, 10)
            .Require(UploadStallTimeout <= UploadMaxDuration,
                $"{nameof(UploadStallTimeout)} ({UploadStallTimeout:c}) must not exceed {nameof(UploadMaxDuration)} ({UploadMaxDuration:c}).")
            .Require(UploadMaxDuration <= InitialUploadMaxDuration,
                $"{nameof(UploadMaxDuration)} ({UploadMaxDuration:c}) must not exceed {nameof(InitialUploadMaxDuration)} ({InitialUploadMaxDuration:c}).")
            .Problems;
    }

    /// <summary>The upload cap that applies to a cycle of <paramref name="type"/>.</summary>
    public TimeSpan UploadCapFor(CycleType type) => type == CycleType.Initial ? InitialUploadMaxDuration : UploadMaxDuration;
}

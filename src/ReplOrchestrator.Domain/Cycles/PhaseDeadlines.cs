namespace ReplOrchestrator.Domain.Cycles;

/// <summary>The instants at which each phase of a cycle overruns.</summary>
/// <remarks>
/// The upload deadline is progress-aware: it is the earlier of "last progress plus the stall limit"
/// and "upload start plus the cap", so it moves later while bytes move, never past the cap, and never
/// earlier than a deadline already computed for the same upload with older progress.
/// </remarks>
public static class PhaseDeadlines
{
    /// <summary>When snapshot creation counts as hung: start plus <see cref="CycleOptions.SnapshotTimeout"/>.</summary>
    public static DateTimeOffset Snapshot(DateTimeOffset snapshotStartedAt, CycleOptions options) =>
        snapshotStartedAt + options.SnapshotTimeout;

    /// <summary>When artefact disposal counts as timed out (181008): start plus <see cref="CycleOptions.DisposeArtefactsTimeout"/>.</summary>
    public static DateTimeOffset DisposeArtefacts(DateTimeOffset disposeStartedAt, CycleOptions options) =>
        disposeStartedAt + options.DisposeArtefactsTimeout;

    /// <summary>When an upload times out (1011), given the last time its bytes moved.</summary>
    /// <param name="uploadStartedAt">When the upload phase began.</param>
    /// <param name="lastProgressAt">When the uploaded byte count last grew; the start when it has not yet.</param>
    /// <param name="type">The cycle type, which picks the cap.</param>
    /// <param name="options">Valid cycle options.</param>
    public static UploadDeadline Upload(DateTimeOffset uploadStartedAt, DateTimeOffset lastProgressAt, CycleType type, CycleOptions options)
    {
        // Progress reported before the upload began (clock skew) must not pull the deadline earlier.
        var progress = lastProgressAt < uploadStartedAt ? uploadStartedAt : lastProgressAt;
        var stall = progress + options.UploadStallTimeout;
        var cap = uploadStartedAt + options.UploadCapFor(type);
        return stall <= cap ? new UploadDeadline(stall, UploadLimit.Stall) : new UploadDeadline(cap, UploadLimit.MaxDuration);
    }
}

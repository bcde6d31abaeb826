namespace ReplOrchestrator.Domain.Cycles;

/// <summary>
/// The default phase limits of <see cref="CycleOptions"/> and what each is based on.
/// </summary>
/// <remarks>
/// Microsoft publishes no timeout for DiskUploadTimedOut (1011) or DisposeArtefactsTimedOut (181008);
/// the guide says only "didn't complete within the expected time". The one documented number is that
/// when Azure is unreachable or the appliance services are down for more than 90 minutes, active
/// cycles return to 0 % and restart. The stuck-phase limits therefore fire at a third of that window:
/// early enough to leave an hour for diagnosis and a fix before the progress is lost.
/// </remarks>
public static class CycleDefaults
{
    /// <summary>
    /// 30 minutes for snapshot creation: a third of the 90-minute reset. A healthy VMware snapshot takes
    /// seconds to minutes; "Generate Snapshot Hung" is the create-snapshot task stuck at 95 % or 99 %.
    /// </summary>
    public static readonly TimeSpan SnapshotTimeout = TimeSpan.FromMinutes(30);

    /// <summary>30 minutes without a byte moving on a disk: a third of the 90-minute reset.</summary>
    public static readonly TimeSpan UploadStallTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// 12 hours for a delta cycle's upload, however it progresses: the longest interval Azure Migrate ever
    /// waits between delta cycles, so a delta that uploads for longer cannot keep up with the schedule.
    /// </summary>
    public static readonly TimeSpan UploadMaxDuration = TimeSpan.FromHours(12);

    /// <summary>
    /// 7 days for an initial replication's upload: a full copy of several terabytes takes days on a
    /// 100 Mbit/s link. A dead initial upload is caught by the stall limit long before this.
    /// </summary>
    public static readonly TimeSpan InitialUploadMaxDuration = TimeSpan.FromDays(7);

    /// <summary>
    /// 30 minutes for releasing the snapshot and consolidating disks: a third of the 90-minute reset;
    /// 181008 is raised from the pre-cycle wait (<c>WaitingForArtefactsDisposalPreCycle</c>).
    /// </summary>
    public static readonly TimeSpan DisposeArtefactsTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// 1 hour past the expected start before an Azure Migrate cycle counts as missed: cycles queue behind
    /// the documented limits (about 52 disks per appliance, 8 per ESXi host, 15 snapshots per datastore)
    /// without anything being wrong, and 1 hour is Azure Migrate's shortest delta interval.
    /// </summary>
    public static readonly TimeSpan MissedCycleGrace = TimeSpan.FromHours(1);

    /// <summary>
    /// One whole replication interval past the expected start before a Hyper-V Replica cycle counts as
    /// missed: Hyper-V itself counts a cycle missed when an interval passes without a send.
    /// </summary>
    public const double HyperVMissedCycleGraceFactor = 1.0;
}

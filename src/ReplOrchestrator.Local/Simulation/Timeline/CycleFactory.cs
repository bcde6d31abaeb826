using System.Globalization;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Fleet;

namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// Makes one VM's cycles: numbers them, sizes their deltas, and lays out the healthy shape of each
/// product, which scenarios start from.
/// </summary>
/// <remarks>
/// Healthy Azure Migrate delta: snapshot 1 beat, upload 4 beats, disposal 1 beat, then 6 beats until
/// the next (with a 5-minute heartbeat, a half-hour cycle every hour, Azure Migrate's shortest delta
/// interval). Healthy Hyper-V Replica: upload 1 beat, the next send 2 beats after the last, so
/// heartbeats alternate between a send in progress and a completed one.
/// </remarks>
internal sealed class CycleFactory(BeatClock clock, ApplianceKind kind, VmIdentity vm, Random random)
{
    public const int SnapshotBeats = 1;
    public const int UploadBeats = 4;
    public const int DisposeBeats = 1;
    public const int AzureMigrateGapBeats = 6;
    public const int HyperVIntervalBeats = 2;

    // Delta cycles carry a few percent of a disk (a busy hour), Hyper-V sends a fraction of that.
    private const double MinDeltaShare = 0.005;
    private const double MaxDeltaShare = 0.04;
    private const double HyperVShareOfDelta = 0.05;

    private int _number = 1 + random.Next(40);

    public BeatClock Clock => clock;

    public VmIdentity Vm => vm;

    /// <summary>
    /// The Hyper-V Replica frequency a VM reports: the shortest the contract allows (30, 300 or 900 s) that
    /// is not shorter than the simulated interval between sends, so every send comes before the server
    /// expects it. Past 900 s between sends (heartbeats over 7.5 minutes apart) no frequency fits, which
    /// <see cref="FleetSpec.Validate"/> refuses for fleets with Hyper-V hosts.
    /// </summary>
    public static int ReportedFrequencySeconds(BeatClock clock)
    {
        var interval = clock.Beats(HyperVIntervalBeats).TotalSeconds;
        return ReplicationInfo.HyperVFrequencies.FirstOrDefault(f => f >= interval, ReplicationInfo.HyperVFrequencies[^1]);
    }

    /// <summary>The next cycle id of this VM: <c>c-17</c>, <c>c-18</c>, …</summary>
    public string NextId() => "c-" + (_number++).ToString(CultureInfo.InvariantCulture);

    /// <summary>Bytes one delta cycle uploads for <paramref name="disk"/>, in whole 4 KiB blocks.</summary>
    public long DeltaBytes(DiskSpec disk)
    {
        var share = MinDeltaShare + (random.NextDouble() * (MaxDeltaShare - MinDeltaShare));
        if (kind == ApplianceKind.HyperVReplica)
        {
            share *= HyperVShareOfDelta;
        }

        return Math.Max(4096, (long)(disk.SizeBytes * share) / 4096 * 4096);
    }

    /// <summary>Disks uploading steadily from <paramref name="from"/>; the first finishes at <paramref name="until"/>, the others before.</summary>
    public IReadOnlyList<DiskPlan> SteadyDisks(DateTimeOffset from, DateTimeOffset until) =>
    [
        .. vm.Disks.Select((disk, i) =>
            DiskPlan.Steady(disk.DiskId, DeltaBytes(disk), from, i == 0 ? until : from + ((until - from) * (0.5 + (random.NextDouble() * 0.5))))),
    ];

    /// <summary>A healthy cycle of the VM's product starting at <paramref name="start"/>.</summary>
    public CyclePlan Healthy(DateTimeOffset start) => kind == ApplianceKind.HyperVReplica ? HyperV(start) : AzureMigrateDelta(start);

    /// <summary>When the cycle after <paramref name="cycle"/> starts, if nothing intervenes.</summary>
    public DateTimeOffset NextStartAfter(CyclePlan cycle) => kind == ApplianceKind.HyperVReplica
        ? Max(cycle.StartedAt + clock.Beats(HyperVIntervalBeats), cycle.VisibleUntil)
        : cycle.EndsAt + clock.Beats(AzureMigrateGapBeats);

    /// <summary>
    /// An Azure Migrate delta that fails with <paramref name="error"/> one beat into its upload, before any
    /// data moved (the appliance could not read the source disks).
    /// </summary>
    public CyclePlan FailingAtUpload(DateTimeOffset start, CycleError error)
    {
        var upload = start + clock.Beats(SnapshotBeats);
        var failed = upload + clock.Beats(1);
        var disks = vm.Disks.Select(d => DiskPlan.Stuck(d.DiskId, DeltaBytes(d))).ToList();
        return new CyclePlan(NextId(), CycleType.Delta, start, upload, failed, failed, failed + clock.Beats(1), disks, error);
    }

    private CyclePlan AzureMigrateDelta(DateTimeOffset start)
    {
        var upload = start + clock.Beats(SnapshotBeats);
        var dispose = upload + clock.Beats(UploadBeats);
        var end = dispose + clock.Beats(DisposeBeats);
        return new CyclePlan(NextId(), CycleType.Delta, start, upload, dispose, end, end + clock.Beats(1), SteadyDisks(upload, dispose), null);
    }

    private CyclePlan HyperV(DateTimeOffset start)
    {
        var end = start + clock.Beats(1);
        return new CyclePlan(NextId(), CycleType.Delta, start, start, end, end, start + clock.Beats(HyperVIntervalBeats), SteadyDisks(start, end), null);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>
/// Reads one VM's recent Hyper-V VMMS events as a whole, the way Microsoft's two articles explain them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>32086 means replication is suspended; with 32022 logged close to it, it is the known suspension
/// at system shutdown (Windows Server 2012 and 2012 R2, fixed in 2016 by KB4088889): resume it. Alone it is
/// a non-recoverable failure to correct before resuming, so only the pair suggests resuming.</item>
/// <item>A backup on the replica host holds the VM's lock: on the primary 32315 with 32022 (Windows
/// Server 2012); on the replica 32546 and 19050, with 32056 on Windows Server 2012 (health degrades,
/// the primary goes to Error, a long backup can end in Resync Required) or 32032 and 33680 on
/// Windows Server 2012 R2 (replication continues; only events appear).</item>
/// </list>
/// Pass the events of one VM from one appliance (primary or replica host), for example those of the
/// last monitoring window.
/// </remarks>
public static class HyperVEventCorrelator
{
    /// <summary>How close 32022 must be to 32086 to count as the shutdown pair: 10 minutes.</summary>
    public static readonly TimeSpan DefaultShutdownPairing = TimeSpan.FromMinutes(10);

    private const int Suspended = 32086;
    private const int Cancelled = 32022;
    private const int Retrying = 32315;
    private const int ApplyLogsFailed2012 = 32056;
    private static readonly int[] s_replicaBackupEvents = [32546, 19050, ApplyLogsFailed2012, 32032, 33680];
    private static readonly int[] s_release2012R2Events = [32032, 33680];

    /// <summary>Finds the situations in <paramref name="events"/>, given the VM's current replication state.</summary>
    public static HyperVCorrelation Correlate(IReadOnlyList<ReplicationEvent> events, ReplicationState state, TimeSpan? shutdownPairing = null)
    {
        var ordered = events.OrderBy(e => e.TimeCreated).ToList();
        var situations = new List<HyperVSituation>();
        var explained = new HashSet<ReplicationEvent>(ReferenceEqualityComparer.Instance);

        if (Suspension(ordered, shutdownPairing ?? DefaultShutdownPairing) is { } suspension)
        {
            situations.Add(suspension);
            explained.UnionWith(suspension.Events);
        }

        if (BackupConflict(ordered.Where(e => !explained.Contains(e)).ToList(), state) is { } backup)
        {
            situations.Add(backup);
            explained.UnionWith(backup.Events);
        }

        return new HyperVCorrelation(situations, ordered.Where(e => !explained.Contains(e)).ToList());
    }

    private static HyperVSituation? Suspension(List<ReplicationEvent> events, TimeSpan pairing)
    {
        var suspended = events.Where(e => e.EventId == Suspended).ToList();
        if (suspended.Count == 0)
        {
            return null;
        }

        var paired = events
            .Where(e => e.EventId == Cancelled && suspended.Any(s => (s.TimeCreated - e.TimeCreated).Duration() <= pairing))
            .ToList();
        var explanation = paired.Count > 0
            ? $"Events 32086 and 32022 within {HumanText.Duration(pairing)} of each other: replication was suspended because a server shut down "
                + "during a transfer. Resume replication; Microsoft's restart script as a startup task resumes it automatically (fixed in "
                + "Windows Server 2016 by KB4088889)."
            : "Event 32086: Hyper-V suspended replication after a non-recoverable failure. Fix the failure the earlier events name, then resume replication.";

        return new HyperVSituation(ErrorCatalog.Get(CatalogCodes.HyperVReplicationSuspended), AlertSeverity.Critical, WindowsServerRelease.Unknown,
            explanation, [.. suspended.Concat(paired).OrderBy(e => e.TimeCreated)], SuggestsResume: paired.Count > 0);
    }

    private static HyperVSituation? BackupConflict(List<ReplicationEvent> events, ReplicationState state)
    {
        var replicaSide = events.Where(e => s_replicaBackupEvents.Contains(e.EventId)).ToList();
        var primarySide = events.Where(e => e.EventId is Retrying or Cancelled).ToList();
        var primaryPattern = primarySide.Any(e => e.EventId == Retrying) && primarySide.Any(e => e.EventId == Cancelled);
        if (replicaSide.Count == 0 && !primaryPattern)
        {
            return null;
        }

        var shows2012 = replicaSide.Any(e => e.EventId == ApplyLogsFailed2012) || (replicaSide.Count == 0 && primaryPattern);
        var shows2012R2 = replicaSide.Any(e => s_release2012R2Events.Contains(e.EventId));
        var release = (shows2012, shows2012R2) switch
        {
            (true, false) => WindowsServerRelease.WindowsServer2012,
            (false, true) => WindowsServerRelease.WindowsServer2012R2,
            _ => WindowsServerRelease.Unknown,
        };

        var severity = release switch
        {
            WindowsServerRelease.WindowsServer2012R2 => AlertSeverity.Info,
            WindowsServerRelease.WindowsServer2012 when state is ReplicationState.Error or ReplicationState.ResyncRequired => AlertSeverity.Critical,
            _ => AlertSeverity.Warning,
        };

        var involved = replicaSide.Concat(primaryPattern ? primarySide : []).OrderBy(e => e.TimeCreated).ToList();
        return new HyperVSituation(ErrorCatalog.Get(CatalogCodes.HyperVReplicaBackupConflict), severity, release,
            Explain(release, involved), involved, SuggestsResume: false);
    }

    private static string Explain(WindowsServerRelease release, IReadOnlyList<ReplicationEvent> events)
    {
        var ids = string.Join(", ", events.Select(e => e.EventId).Distinct());
        return release switch
        {
            WindowsServerRelease.WindowsServer2012R2 => $"Events {ids}: a backup on the replica host holds the VM's lock. On Windows Server 2012 R2 "
                + "replication continues and the RPO holds; no action is needed.",
            WindowsServerRelease.WindowsServer2012 => $"Events {ids}: a backup on the replica host holds the VM's lock. On Windows Server 2012 "
                + "replication fails until the backup ends; a long backup can leave the replica in Resync Required.",
            _ => $"Events {ids}: a backup on the replica host holds the VM's lock; replication recovers when the backup ends.",
        };
    }
}

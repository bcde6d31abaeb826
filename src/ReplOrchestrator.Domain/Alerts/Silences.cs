using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>Matching a set of silences, and the ready-made ones.</summary>
public static class Silences
{
    /// <summary>
    /// The codes a backup on a Hyper-V replica host produces: the backup-conflict situation, its events,
    /// and the cycles it makes the primary miss. Suspension (32086) is deliberately not among them: it
    /// needs a resume whatever caused it.
    /// </summary>
    public static IReadOnlyList<string> ReplicaHostBackupCodes { get; } =
    [
        CatalogCodes.HyperVReplicaBackupConflict,
        CatalogCodes.HyperVReplicationRetrying,
        CatalogCodes.HyperVReplicationCancelled,
        CatalogCodes.HyperVReplicaInvalidVmState,
        CatalogCodes.HyperVApplyLogsFailed,
        CatalogCodes.HyperVApplyIncomplete,
        CatalogCodes.HyperVReplicationOperationFailed,
        CatalogCodes.CycleMissed,
    ];

    /// <summary>Whether any of <paramref name="silences"/> mutes an alert for <paramref name="target"/> at <paramref name="at"/>.</summary>
    public static bool IsMuted(IEnumerable<Silence> silences, AlertTarget target, DateTimeOffset at) =>
        silences.Any(s => s.Mutes(target, at));

    /// <summary>
    /// A recurring maintenance window for backups of a Hyper-V replica host: mutes the backup events and
    /// missed cycles of every VM on <paramref name="hostName"/> inside <paramref name="window"/>.
    /// </summary>
    public static Silence ReplicaHostBackup(string id, string hostName, RecurringWindow window, DateTimeOffset startsAt, string? comment = null) => new()
    {
        Id = id,
        Scope = SilenceScope.Host(hostName),
        Codes = ReplicaHostBackupCodes,
        StartsAt = startsAt,
        Recurrence = window,
        Comment = comment ?? "Backup window on the replica host",
    };
}

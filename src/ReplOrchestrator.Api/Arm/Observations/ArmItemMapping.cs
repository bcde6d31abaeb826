using System.Security.Cryptography;
using System.Text;
using ReplOrchestrator.Api.Arm.Items;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Arm.Observations;

/// <summary>
/// Turns one migration item into the VM report a heartbeat would carry (pure), so the VM monitors judge it by the
/// same rules: phase and progress from the gateway operation and the sync percentages, failures by their Microsoft
/// error ids, the RPO from <c>lastRecoveryPointReceived</c>, resync required as a replication state.
/// </summary>
internal static class ArmItemMapping
{
    /// <summary>The report for <paramref name="item"/> seen at <paramref name="now"/>, and what to remember for the next poll.</summary>
    public static (VmReport Report, ItemTrack Track) Map(MigrationItem item, ItemTrack? track, DateTimeOffset now)
    {
        var cbt = item.Cbt;
        var recoveryPoint = Digest(cbt?.LastRecoveryPointId ?? "none", 12);
        track ??= new ItemTrack(recoveryPoint, 0, null, null, null);
        CycleReport? cycle;
        if (track.RecoveryPoint != recoveryPoint)
        {
            // A new recovery point ends the cycle that was running; the next one shows on the next poll.
            cycle = track.ActiveCycleId is { } done ? Ended(done, track, CyclePhase.Completed, null, now) : null;
            track = new ItemTrack(recoveryPoint, 0, null, null, track.LastFailureAt);
            return (Report(item, cycle), track);
        }

        var cycleId = CycleId(recoveryPoint, track.Attempt);
        if (NewFailure(item, track) is { } failure)
        {
            cycle = Ended(cycleId, track, CyclePhase.Failed, new CycleError(failure.ErrorCode!, failure.ErrorMessage), now) with { Type = TypeOf(item) };
            return (Report(item, cycle), track with { Attempt = track.Attempt + 1, ActiveCycleId = null, ActiveSince = null, LastFailureAt = failure.CreatedAt ?? now });
        }

        if (cbt?.Gateway is not { } gateway)
        {
            return (Report(item, null), track);
        }

        var since = track.ActiveCycleId == cycleId && track.ActiveSince is { } known ? known : now - TimeSpan.FromMilliseconds(Math.Max(0, gateway.TimeElapsed ?? 0));
        cycle = new CycleReport(cycleId, TypeOf(item), PhaseOf(gateway.State), since, Disks(cbt, gateway, TypeOf(item)), null);
        return (Report(item, cycle), track with { ActiveCycleId = cycleId, ActiveSince = since });
    }

    /// <summary>The VM id of an item: its name when the id rule allows it, else a stable digest of it (names of agentless items often run past 64 characters).</summary>
    public static string VmIdOf(string itemName) => ContractId.IsValid(itemName) ? itemName : "mi-" + Digest(itemName, 24);

    /// <summary>The phase a gateway operation's state stands for; the API documents no values, so it matches words.</summary>
    public static CyclePhase PhaseOf(string? state)
    {
        var text = state?.ToLowerInvariant() ?? string.Empty;
        string[] disposal = ["dispos", "artefact", "artifact", "cleanup", "clean up", "consolidat", "delet"];
        return disposal.Any(text.Contains) ? CyclePhase.DisposeArtefacts
            : text.Contains("snapshot", StringComparison.Ordinal) ? CyclePhase.Snapshot
            : CyclePhase.Upload;
    }

    /// <summary>The replication state an item's migration state and resync flag stand for.</summary>
    public static ReplicationState StateOf(MigrationItem item) =>
        item.Cbt?.ResyncRequired == true ? ReplicationState.ResyncRequired
        : item.MigrationState switch
        {
            "InitialSeedingInProgress" or "EnableMigrationInProgress" => ReplicationState.InitialReplication,
            "ProtectionSuspended" or "SuspendingProtection" => ReplicationState.Paused,
            "EnableMigrationFailed" or "InitialSeedingFailed" or "MigrationFailed" => ReplicationState.Error,
            _ => ReplicationState.Replicating,
        };

    private static VmReport Report(MigrationItem item, CycleReport? cycle) =>
        new(VmIdOf(item.Name), item.MachineName, item.Cbt?.Gateway?.HostName, new ReplicationInfo(StateOf(item), null), cycle)
        {
            LastRecoveryPointAt = item.Cbt?.LastRecoveryPointReceived,
        };

    // A health error the source has not reported yet, with an id the catalog can classify.
    private static ArmHealthError? NewFailure(MigrationItem item, ItemTrack track) =>
        item.HealthErrors
            .Where(e => !string.IsNullOrWhiteSpace(e.ErrorCode) && (track.LastFailureAt is not { } last || (e.CreatedAt is { } at && at > last)))
            .OrderByDescending(e => e.CreatedAt)
            .FirstOrDefault();

    private static CycleReport Ended(string cycleId, ItemTrack track, CyclePhase phase, CycleError? error, DateTimeOffset now) =>
        new(cycleId, CycleType.Delta, phase, track.ActiveCycleId == cycleId ? track.ActiveSince ?? now : now, [], error);

    private static CycleType TypeOf(MigrationItem item) =>
        item.MigrationState is "InitialSeedingInProgress" or "InitialSeedingFailed" || item.Cbt?.LastRecoveryPointId is null
            ? CycleType.Initial
            : CycleType.Delta;

    private static List<DiskProgress> Disks(CbtDetails cbt, GatewayOperation gateway, CycleType type)
    {
        var overall = gateway.ProgressPercentage ?? (type == CycleType.Initial ? cbt.InitialSeedingProgress : cbt.DeltaSyncProgress) ?? 0;
        // The item's speed is the VM's: it is a disk's own only when the VM has one disk.
        var vmSpeed = cbt.Disks.Count == 1 ? gateway.UploadSpeed : null;
        // Bytes are estimated from the disk's capacity and the percentage: the API reports no byte counts.
        return [.. cbt.Disks.Select((disk, i) => (disk, i))
            .Where(d => d.disk.CapacityInBytes is > 0)
            .Select(d => new DiskProgress(
                ContractId.IsValid(d.disk.DiskId) ? d.disk.DiskId! : $"disk-{d.i}",
                d.disk.CapacityInBytes!.Value,
                d.disk.CapacityInBytes!.Value * (d.disk.Gateway?.ProgressPercentage ?? overall) / 100)
            {
                ReportedBytesPerSecond = d.disk.Gateway?.UploadSpeed ?? vmSpeed,
            })];
    }

    private static string CycleId(string recoveryPoint, int attempt) => "rp-" + recoveryPoint + (attempt > 0 ? $"-{attempt}" : string.Empty);

    private static string Digest(string text, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}

using System.Text.Json.Serialization;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>One replicating VM as the appliance sees it.</summary>
/// <param name="VmId">The VM's id, unique within the appliance (see <see cref="Contracts.ContractId"/>).</param>
/// <param name="Name">The VM's display name, if known.</param>
/// <param name="Host">
/// The host the VM runs on: the ESXi host for Azure Migrate (probed on DNS and TCP 902), the Hyper-V
/// host for Hyper-V Replica. Silences can be scoped to it.
/// </param>
/// <param name="Replication">The replication state and configured frequency.</param>
/// <param name="Cycle">The cycle in progress or just finished; <see langword="null"/> between cycles.</param>
public sealed record VmReport(string VmId, string? Name, string? Host, ReplicationInfo Replication, CycleReport? Cycle)
{
    /// <summary>
    /// When the replica last received a recovery point, when the source knows it (Azure Resource Manager's
    /// <c>lastRecoveryPointReceived</c>); not part of the heartbeat contract. A VM monitor counts it as a successful
    /// cycle's end for the RPO, so the RPO holds even when no cycle was watched from start to end.
    /// </summary>
    /// <value><see langword="null"/> from heartbeats.</value>
    public DateTimeOffset? LastRecoveryPointAt { get; init; }

    /// <summary>
    /// What the source asks the VM's monitor to keep and hand back with the monitor's status, for a source that reads
    /// its VMs afresh each time (Azure Resource Manager) and must not lose its bookkeeping on a restart or to another
    /// instance; not part of the heartbeat contract. Opaque to the monitor, which keeps the latest one reported.
    /// </summary>
    /// <value><see langword="null"/> from heartbeats, and then left off the wire: the monitor keeps what it had.</value>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SourceMemo { get; init; }
}

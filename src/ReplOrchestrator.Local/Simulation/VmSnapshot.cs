using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>One simulated VM as the simulator sees it now, for a live table.</summary>
/// <param name="ApplianceId">The appliance that reports it.</param>
/// <param name="Kind">The appliance's product.</param>
/// <param name="VmId">The VM's id.</param>
/// <param name="Name">The VM's name.</param>
/// <param name="Host">The ESXi or Hyper-V host it runs on.</param>
/// <param name="Scenario">The scenario it plays (<c>healthy</c> for most).</param>
/// <param name="State">Its replication state.</param>
/// <param name="Cycle">Its cycle as the next heartbeat would report it; null between cycles.</param>
/// <param name="ApplianceSilent">Whether its appliance is silent now, so the server hears nothing of it.</param>
internal sealed record VmSnapshot(
    string ApplianceId,
    ApplianceKind Kind,
    string VmId,
    string Name,
    string Host,
    string Scenario,
    ReplicationState State,
    CycleReport? Cycle,
    bool ApplianceSilent)
{
    /// <summary>Percent of the cycle's bytes uploaded, over all disks; null between cycles.</summary>
    public int? UploadPercent
    {
        get
        {
            if (Cycle is null)
            {
                return null;
            }

            var total = Cycle.Disks.Sum(d => d.TotalBytes);
            return total > 0 ? (int)(Cycle.Disks.Sum(d => d.UploadedBytes) * 100 / total) : 100;
        }
    }
}

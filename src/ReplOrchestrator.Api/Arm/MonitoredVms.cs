using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Arm;

/// <summary>What the VM monitors published, as a poll read it once for every vault it polls.</summary>
/// <param name="covering">The heartbeat VMs that speak for migration items of the same name.</param>
/// <param name="vaultVms">The statuses of the VMs the vaults report themselves.</param>
public sealed class MonitoredVms(HeartbeatVms covering, IEnumerable<VmStatus> vaultVms)
{
    private readonly Dictionary<(string ApplianceId, string VmId), VmStatus> _vaultVms = vaultVms.ToDictionary(v => (v.ApplianceId, v.VmId));

    /// <summary>The heartbeat VMs that speak for migration items of the same name.</summary>
    public HeartbeatVms Covering => covering;

    /// <summary>The status of the vault VM <paramref name="vmId"/> of <paramref name="vault"/>, or <see langword="null"/> before its monitor took a report.</summary>
    public VmStatus? Find(ArmVault vault, string vmId)
    {
        ArgumentNullException.ThrowIfNull(vault);
        return _vaultVms.GetValueOrDefault((vault.ApplianceId, vmId));
    }
}

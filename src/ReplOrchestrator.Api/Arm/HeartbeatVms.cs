using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Arm;

/// <summary>The VMs appliance heartbeats report now, by name, to tell which migration items they already cover.</summary>
public sealed class HeartbeatVms(IEnumerable<VmStatus> vms)
{
    private readonly Dictionary<string, VmStatus> _byName = vms
        .GroupBy(v => v.Name ?? v.VmId, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.LastObservedAt).First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The heartbeat VM named <paramref name="machineName"/> (case-insensitive, as VMware and Windows compare names), if any.</summary>
    public VmStatus? Find(string machineName) => _byName.GetValueOrDefault(machineName);
}

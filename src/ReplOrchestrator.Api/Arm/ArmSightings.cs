using System.Collections.Concurrent;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// When ARM last showed a VM that an appliance heartbeat reports too (the heartbeat's facts win for it, so its ARM
/// sighting is kept here rather than in a monitor). Held in memory: after a restart the next poll fills it again.
/// </summary>
public sealed class ArmSightings
{
    private readonly ConcurrentDictionary<(string ApplianceId, string VmId), DateTimeOffset> _seen = new();

    /// <summary>Records that ARM showed the heartbeat VM <paramref name="vmId"/> of <paramref name="applianceId"/> at <paramref name="at"/>.</summary>
    public void Saw(string applianceId, string vmId, DateTimeOffset at) => _seen[(applianceId, vmId)] = at;

    /// <summary>When ARM last showed the VM, or <see langword="null"/>.</summary>
    public DateTimeOffset? LastSeen(string applianceId, string vmId) => _seen.TryGetValue((applianceId, vmId), out var at) ? at : null;
}

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>What a silence covers; build it with <see cref="Appliance"/>, <see cref="Vm"/> or <see cref="Host"/>.</summary>
/// <param name="Kind">Appliance, VM or host.</param>
/// <param name="ApplianceId">The appliance (for <see cref="SilenceScopeKind.Appliance"/> and <see cref="SilenceScopeKind.Vm"/>).</param>
/// <param name="VmId">The VM (for <see cref="SilenceScopeKind.Vm"/>).</param>
/// <param name="HostName">The host name, compared ignoring case (for <see cref="SilenceScopeKind.Host"/>).</param>
public sealed record SilenceScope(SilenceScopeKind Kind, string? ApplianceId = null, string? VmId = null, string? HostName = null)
{
    /// <summary>Every alert of <paramref name="applianceId"/>.</summary>
    public static SilenceScope Appliance(string applianceId) => new(SilenceScopeKind.Appliance, applianceId, null, null);

    /// <summary>The alerts of one VM.</summary>
    public static SilenceScope Vm(string applianceId, string vmId) => new(SilenceScopeKind.Vm, applianceId, vmId, null);

    /// <summary>The alerts of every VM on <paramref name="hostName"/>.</summary>
    public static SilenceScope Host(string hostName) => new(SilenceScopeKind.Host, null, null, hostName);

    /// <summary>Whether the scope covers <paramref name="target"/>.</summary>
    public bool Covers(AlertTarget target) => Kind switch
    {
        SilenceScopeKind.Appliance => target.ApplianceId == ApplianceId,
        SilenceScopeKind.Vm => target.ApplianceId == ApplianceId && target.VmId == VmId,
        SilenceScopeKind.Host => target.HostName is not null && string.Equals(target.HostName, HostName, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}

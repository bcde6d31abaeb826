namespace ReplOrchestrator.Domain.Alerts;

/// <summary>What a silence is matched against: the alert's key plus the host its VM runs on.</summary>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM, or null for an appliance-level alert.</param>
/// <param name="HostName">The VM's host as last reported, or null when unknown (host-scoped silences then do not apply).</param>
/// <param name="Code">The catalog code.</param>
public readonly record struct AlertTarget(string ApplianceId, string? VmId, string? HostName, string Code)
{
    /// <summary>The target of <paramref name="alert"/>, whose VM runs on <paramref name="hostName"/>.</summary>
    public static AlertTarget Of(Alert alert, string? hostName) => new(alert.ApplianceId, alert.VmId, hostName, alert.Code);
}

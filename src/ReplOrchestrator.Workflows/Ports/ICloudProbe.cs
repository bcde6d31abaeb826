using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Ports;

/// <summary>
/// Checks one Azure endpoint the appliance depends on from the monitor's own side: name resolution
/// or a TCP connect, as the target's probe kind says. Never throws for an unreachable endpoint: that
/// is a failed <see cref="ProbeResult"/> with the reason in its detail. A target the host will not probe
/// (see <see cref="CloudTargetRules"/> and <see cref="ProbeAddressRules"/>) is answered without being
/// contacted, as a <see cref="ProbeResult.Refused"/> result with the reason.
/// </summary>
public interface ICloudProbe
{
    /// <summary>Runs one probe against one target.</summary>
    /// <param name="target">The probe kind, host and port.</param>
    /// <param name="commandId">The diagnosis's id, carried into the result.</param>
    /// <param name="cancellationToken">Stops the probe.</param>
    Task<ProbeResult> ProbeAsync(CloudProbeTarget target, string commandId, CancellationToken cancellationToken);
}

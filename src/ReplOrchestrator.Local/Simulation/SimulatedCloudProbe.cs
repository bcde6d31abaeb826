using System.Globalization;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>
/// The Azure side of a simulated fleet, as the server's cloud probes find it, without a lookup or a packet: the
/// fleet's made-up storage accounts, Service Bus namespaces and vaults exist only here. Every scenario's fault lies
/// on the appliance's side of the network, so each endpoint the probe rules permit resolves and answers; a target
/// they refuse is refused exactly as the real probe would.
/// </summary>
/// <param name="options">The host's cloud probe options, so refusals match <c>serve</c>'s.</param>
internal sealed class SimulatedCloudProbe(CloudProbeOptions options) : ICloudProbe
{
    /// <inheritdoc />
    public Task<ProbeResult> ProbeAsync(CloudProbeTarget target, string commandId, CancellationToken cancellationToken)
    {
        if (CloudTargetRules.Refusal(target, options) is { } refusal)
        {
            return Task.FromResult(ProbeResult.RefusedTarget(commandId, target.Probe, target.ToString(), refusal));
        }

        // Stable per host, so a rerun shows the same numbers; a connect takes a round trip more than a lookup.
        var latency = 4 + (target.Host.Sum(c => c) % 20) + (target.Probe.IsDnsOnly() ? 0 : 18);
        var detail = target.Probe.IsDnsOnly()
            ? "resolves (simulated Azure, no lookup made)"
            : string.Create(CultureInfo.InvariantCulture, $"TCP {target.Port} open (simulated Azure, no connection made)");
        return Task.FromResult(new ProbeResult(commandId, target.Probe, target.ToString(), true, latency, detail));
    }
}

using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>Cloud probes that find every endpoint reachable without a lookup: tests send nothing beyond loopback.</summary>
internal sealed class OfflineCloudProbe : ICloudProbe
{
    public Task<ProbeResult> ProbeAsync(CloudProbeTarget target, string commandId, CancellationToken cancellationToken) =>
        Task.FromResult(new ProbeResult(commandId, target.Probe, target.ToString(), true, 10, "reachable (test stand-in)"));
}

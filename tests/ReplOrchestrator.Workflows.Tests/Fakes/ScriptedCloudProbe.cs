using System.Collections.Concurrent;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Tests.Fakes;

/// <summary>Cloud probes that answer as the scenario says: reachable unless a probe kind is set to fail.</summary>
internal sealed class ScriptedCloudProbe : ICloudProbe
{
    private readonly ConcurrentDictionary<ProbeKind, string> _failures = new();

    public ConcurrentQueue<CloudProbeTarget> Probed { get; } = new();

    public void Fail(ProbeKind probe, string detail) => _failures[probe] = detail;

    public Task<ProbeResult> ProbeAsync(CloudProbeTarget target, string commandId, CancellationToken cancellationToken)
    {
        Probed.Enqueue(target);
        return Task.FromResult(_failures.TryGetValue(target.Probe, out var detail)
            ? new ProbeResult(commandId, target.Probe, target.ToString(), false, 0, detail)
            : new ProbeResult(commandId, target.Probe, target.ToString(), true, 12, "reachable"));
    }
}

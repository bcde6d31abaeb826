using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>Runs one cloud-side probe through the host's probe port.</summary>
internal sealed class RunCloudProbeActivity(ICloudProbe probe) : IActivity<CloudProbeRequest, ProbeResult>
{
    public Task<ProbeResult> RunAsync(ActivityContext context, CloudProbeRequest input) =>
        probe.ProbeAsync(input.Target, input.CommandId, context.CancellationToken);
}

using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>Runs one cloud-side probe through the host's probe port. Registered as <see cref="WorkflowNames.RunCloudProbe"/>.</summary>
/// <param name="probe">The host's DNS and TCP probes.</param>
/// <param name="lifetime">Its stopping token stops the probe.</param>
public sealed class RunCloudProbeActivity(ICloudProbe probe, IHostApplicationLifetime lifetime) : TaskActivity<CloudProbeRequest, ProbeResult>
{
    /// <inheritdoc />
    public override Task<ProbeResult> RunAsync(TaskActivityContext context, CloudProbeRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return probe.ProbeAsync(input.Target, input.CommandId, lifetime.ApplicationStopping);
    }
}

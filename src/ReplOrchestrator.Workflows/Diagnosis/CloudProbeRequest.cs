using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>The <c>RunCloudProbe</c> activity's input.</summary>
/// <param name="Target">What to probe.</param>
/// <param name="CommandId">The diagnosis's id, carried into the result.</param>
public sealed record CloudProbeRequest(CloudProbeTarget Target, string CommandId);

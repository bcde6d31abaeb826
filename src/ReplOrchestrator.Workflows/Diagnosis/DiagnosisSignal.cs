using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>Probe results the appliance returned for a diagnosis's command.</summary>
/// <param name="ProbeResults">The results, one per probe.</param>
public sealed record DiagnosisSignal(IReadOnlyList<ProbeResult> ProbeResults);

using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>A probe that can confirm or rule out one probable cause.</summary>
/// <param name="Probe">The probe.</param>
/// <param name="Evidence">How much its result says.</param>
public readonly record struct ProbeRule(ProbeKind Probe, ProbeEvidence Evidence);

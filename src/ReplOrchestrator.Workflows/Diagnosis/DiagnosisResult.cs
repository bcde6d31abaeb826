using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>The probable causes of a problem, with every probe result as evidence.</summary>
/// <param name="Code">The catalog code diagnosed.</param>
/// <param name="Causes">Each cause assessed (confirmed, likely, possible, ruled out), most probable first.</param>
/// <param name="ProbeResults">Every probe result that arrived in time.</param>
/// <param name="Unanswered">Appliance probes asked for whose results did not arrive before the deadline.</param>
public sealed record DiagnosisResult(
    string Code,
    IReadOnlyList<CauseAssessment> Causes,
    IReadOnlyList<ProbeResult> ProbeResults,
    IReadOnlyList<ProbeKind> Unanswered);

using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>One probable cause as an alert states it.</summary>
/// <param name="Cause">The cause, for people.</param>
/// <param name="Confidence">How sure the diagnosis is.</param>
/// <param name="Evidence">The probe results behind it, one line each.</param>
public sealed record AlertCause(string Cause, CauseConfidence Confidence, IReadOnlyList<string> Evidence)
{
    /// <summary>The alert form of a cause assessment.</summary>
    public static AlertCause From(CauseAssessment assessment) => new(assessment.Cause, assessment.Confidence, assessment.Evidence);
}

namespace ReplOrchestrator.Domain.Probes;

/// <summary>One probable cause of an entry, judged against the probe results.</summary>
/// <param name="CauseId">The cause's id within its catalog entry.</param>
/// <param name="Cause">The cause, for people.</param>
/// <param name="Confidence">How sure the diagnosis is.</param>
/// <param name="Evidence">The probe results behind the judgement, one line each ("StorageWrite failed: connection timed out").</param>
public sealed record CauseAssessment(string CauseId, string Cause, CauseConfidence Confidence, IReadOnlyList<string> Evidence);

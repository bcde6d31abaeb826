namespace ReplOrchestrator.Domain.Health;

/// <summary>A VM's health as shown and alerted on: the policy's evaluation after hysteresis.</summary>
/// <param name="Level">The effective level.</param>
/// <param name="Reasons">Why: the latest evaluation's reasons, plus a <see cref="HealthReasonKind.RecoveryPending"/> reason while a recovery is held.</param>
/// <param name="LevelSince">When <paramref name="Level"/> took effect.</param>
/// <param name="RecoveringSince">When evaluations started showing a better level than <paramref name="Level"/>; null when they do not.</param>
/// <param name="RecoveringEvaluations">How many evaluations in a row have shown a better level.</param>
public sealed record VmHealth(
    HealthLevel Level,
    IReadOnlyList<HealthReason> Reasons,
    DateTimeOffset LevelSince,
    DateTimeOffset? RecoveringSince,
    int RecoveringEvaluations);

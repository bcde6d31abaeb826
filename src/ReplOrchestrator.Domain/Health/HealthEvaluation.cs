namespace ReplOrchestrator.Domain.Health;

/// <summary>The health the policy finds at one instant, before hysteresis.</summary>
/// <param name="Level">The worst level any reason calls for; Normal when there is no reason.</param>
/// <param name="Reasons">Every rule that fired, worst first.</param>
public sealed record HealthEvaluation(HealthLevel Level, IReadOnlyList<HealthReason> Reasons);

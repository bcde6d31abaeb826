using System.Globalization;
using ReplOrchestrator.Domain.Formatting;

namespace ReplOrchestrator.Domain.Health;

/// <summary>
/// Keeps a flapping VM from flipping on every heartbeat: worse health applies at once; better health only
/// after it has held for <see cref="HealthOptions.RecoveryHoldTime"/> and
/// <see cref="HealthOptions.RecoveryHoldEvaluations"/> evaluations in a row.
/// </summary>
public static class HealthHysteresis
{
    /// <summary>Folds one evaluation into the VM's health.</summary>
    /// <param name="previous">The health so far; null for a VM's first evaluation, which applies as is.</param>
    /// <param name="evaluation">The policy's evaluation at <paramref name="at"/>.</param>
    /// <param name="at">When the evaluation was made; an evaluation older than the current state is ignored.</param>
    /// <param name="options">Valid health options.</param>
    public static VmHealth Apply(VmHealth? previous, HealthEvaluation evaluation, DateTimeOffset at, HealthOptions options)
    {
        if (previous is null)
        {
            return new VmHealth(evaluation.Level, evaluation.Reasons, at, null, 0);
        }

        if (at < (previous.RecoveringSince ?? previous.LevelSince))
        {
            return previous;
        }

        if (evaluation.Level >= previous.Level)
        {
            var since = evaluation.Level == previous.Level ? previous.LevelSince : at;
            return new VmHealth(evaluation.Level, evaluation.Reasons, since, null, 0);
        }

        var recoveringSince = previous.RecoveringSince ?? at;
        var evaluations = previous.RecoveringEvaluations + 1;
        if (at - recoveringSince >= options.RecoveryHoldTime && evaluations >= options.RecoveryHoldEvaluations)
        {
            return new VmHealth(evaluation.Level, evaluation.Reasons, at, null, 0);
        }

        var pending = new HealthReason(HealthReasonKind.RecoveryPending, previous.Level,
            string.Create(CultureInfo.InvariantCulture,
                $"held at {previous.Level} while recovering: {evaluation.Level} for {HumanText.Duration(at - recoveringSince)} and {evaluations} evaluations "
                + $"(needs {HumanText.Duration(options.RecoveryHoldTime)} and {options.RecoveryHoldEvaluations})"),
            null);
        return new VmHealth(previous.Level, [pending, .. evaluation.Reasons], previous.LevelSince, recoveringSince, evaluations);
    }
}

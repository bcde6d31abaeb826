namespace ReplOrchestrator.Domain.Health;

/// <summary>
/// Judges a VM's health over a monitoring window, keeping health (how well) apart from state (what).
/// </summary>
/// <remarks>
/// Rules, each giving a reason; the worst reason sets the level:
/// <list type="bullet">
/// <item>State: Suspended, Error and ResyncRequired are Critical; Paused is Warning.</item>
/// <item>RPO: time since the last successful cycle (or since monitoring began) over the target plus
/// tolerance is Warning, at the critical multiple Critical. Not judged during initial replication,
/// which has no recovery point to measure from.</item>
/// <item>Missed cycles: the share of the window's cycles that were missed or failed, at the warning
/// or critical ratio. A failed cycle counts with the missed ones because it replicated nothing.</item>
/// <item>Failures: the last cycle failed is Warning; the critical count of failures in a row is Critical.</item>
/// </list>
/// Adding failed or missed cycles never improves the result; <see cref="HealthHysteresis"/> adds the
/// hold that keeps a flapping VM from flipping back on every heartbeat.
/// </remarks>
public static class HealthPolicy
{
    /// <summary>Evaluates <paramref name="input"/> at <paramref name="at"/>; cycles after <paramref name="at"/> are ignored.</summary>
    public static HealthEvaluation Evaluate(VmHealthInput input, DateTimeOffset at, HealthOptions options)
    {
        // Ties in time put a failure after a success: the worse reading wins, which keeps the policy monotone.
        var cycles = input.RecentCycles
            .Where(c => c.At <= at)
            .OrderBy(c => c.At)
            .ThenBy(c => c.Outcome)
            .ToList();

        var reasons = new List<HealthReason>();
        AddIfAny(reasons, HealthRules.State(input.Kind, input.State));
        AddIfAny(reasons, HealthRules.Rpo(input, cycles, at, options));
        AddIfAny(reasons, HealthRules.MissedCycles(cycles, at, options));
        reasons.AddRange(HealthRules.Failures(cycles, options));

        var ordered = reasons.OrderByDescending(r => r.Level).ToList();
        return new HealthEvaluation(ordered.Count == 0 ? HealthLevel.Normal : ordered[0].Level, ordered);
    }

    private static void AddIfAny(List<HealthReason> reasons, HealthReason? reason)
    {
        if (reason is not null)
        {
            reasons.Add(reason);
        }
    }
}

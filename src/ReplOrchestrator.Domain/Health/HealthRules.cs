using System.Globalization;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Health;

/// <summary>The health policy's rules, one method each; <see cref="HealthPolicy"/> combines them.</summary>
internal static class HealthRules
{
    public static HealthReason? State(ApplianceKind kind, ReplicationState state)
    {
        var level = state switch
        {
            ReplicationState.Suspended or ReplicationState.Error or ReplicationState.ResyncRequired => HealthLevel.Critical,
            ReplicationState.Paused => HealthLevel.Warning,
            _ => HealthLevel.Normal,
        };

        return level == HealthLevel.Normal
            ? null
            : new HealthReason(HealthReasonKind.ReplicationState, level, $"replication is {state}",
                ConditionClassifier.ForReplicationState(kind, state)?.Code);
    }

    public static HealthReason? Rpo(VmHealthInput input, List<RecentCycle> cycles, DateTimeOffset at, HealthOptions options)
    {
        if (input.State == ReplicationState.InitialReplication)
        {
            return null;
        }

        var lastSuccess = cycles.Where(c => c.Outcome == CycleOutcome.Succeeded).Select(c => (DateTimeOffset?)c.At).LastOrDefault();
        if (input.LastSuccessfulCycleAt is { } known && known <= at && (lastSuccess is null || known > lastSuccess))
        {
            lastSuccess = known;
        }

        var target = options.RpoTargetFor(input.Kind);
        var age = at - (lastSuccess ?? input.MonitoredSince);
        var level = age >= target * options.RpoCriticalMultiple ? HealthLevel.Critical
            : age > target * (1 + (options.RpoTolerancePercent / 100)) ? HealthLevel.Warning
            : HealthLevel.Normal;
        if (level == HealthLevel.Normal)
        {
            return null;
        }

        var since = lastSuccess is null ? "no successful cycle seen in" : "last successful cycle";
        var ago = lastSuccess is null ? HumanText.Duration(age) : HumanText.Duration(age) + " ago";
        var limit = level == HealthLevel.Critical
            ? string.Create(CultureInfo.InvariantCulture, $"{options.RpoCriticalMultiple}× the RPO target of {HumanText.Duration(target)}")
            : $"the RPO target of {HumanText.Duration(target)}";
        return new HealthReason(HealthReasonKind.RpoExceeded, level, $"{since} {ago}; over {limit}", CatalogCodes.RpoExceeded);
    }

    public static HealthReason? MissedCycles(List<RecentCycle> cycles, DateTimeOffset at, HealthOptions options)
    {
        var inWindow = cycles.Where(c => c.At > at - options.Window).ToList();
        var lost = inWindow.Count(c => c.Outcome != CycleOutcome.Succeeded);
        if (inWindow.Count == 0 || lost == 0)
        {
            return null;
        }

        var ratio = (double)lost / inWindow.Count;
        var level = ratio >= options.MissedCycleCriticalRatio ? HealthLevel.Critical
            : ratio >= options.MissedCycleWarningRatio ? HealthLevel.Warning
            : HealthLevel.Normal;
        return level == HealthLevel.Normal
            ? null
            : new HealthReason(HealthReasonKind.MissedCycles, level,
                string.Create(CultureInfo.InvariantCulture,
                    $"{lost} of {inWindow.Count} cycles in the last {HumanText.Duration(options.Window)} were missed or failed ({ratio:P0})"),
                CatalogCodes.CycleMissed);
    }

    public static IEnumerable<HealthReason> Failures(List<RecentCycle> cycles, HealthOptions options)
    {
        var ran = cycles.Where(c => c.Outcome != CycleOutcome.Missed).ToList();
        var inARow = ran.AsEnumerable().Reverse().TakeWhile(c => c.Outcome == CycleOutcome.Failed).Count();
        if (inARow >= options.ConsecutiveFailuresCritical)
        {
            yield return new HealthReason(HealthReasonKind.ConsecutiveFailures, HealthLevel.Critical,
                string.Create(CultureInfo.InvariantCulture, $"the last {inARow} cycles failed"), null);
        }
        else if (inARow > 0)
        {
            yield return new HealthReason(HealthReasonKind.LastCycleFailed, HealthLevel.Warning, "the last cycle failed", null);
        }
    }
}

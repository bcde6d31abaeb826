using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// Decides a VM's health and which of its alert conditions hold at a moment (pure): records missed
/// cycles, applies the health policy with hysteresis, and answers which alerts to fire, update or resolve.
/// </summary>
internal static class VmConditions
{
    private static readonly string[] s_healthCodes = [CatalogCodes.RpoExceeded, CatalogCodes.CycleMissed];

    // Codes a replication state stands for: the state, not the events that announced it, says when they clear.
    private static readonly HashSet<string> s_stateGoverned =
    [
        .. Enum.GetValues<ApplianceKind>().SelectMany(kind => Enum.GetValues<ReplicationState>()
            .Select(state => ConditionClassifier.ForReplicationState(kind, state)?.Code)
            .OfType<string>()),
    ];

    public static (VmMonitorState State, List<AlertDelivery> Deliveries) Evaluate(
        VmMonitorState state, DateTimeOffset now, WorkflowOptions options, Func<string> newSignalId)
    {
        state = RecordMisses(state, now, options);
        var evaluation = HealthPolicy.Evaluate(HealthInput(state), now, options.Health);
        state = state with { Health = HealthHysteresis.Apply(state.Health, evaluation, now, options.Health) };

        var desired = Desired(state, now, options);
        var deliveries = new List<AlertDelivery>();
        var open = new List<OpenCondition>();
        foreach (var condition in state.Open)
        {
            var recentEvents = condition.LastEventAt is { } seen && now - seen < options.Monitoring.EventAlertQuietPeriod && !s_stateGoverned.Contains(condition.Code);
            if (desired.ContainsKey(condition.Code) || condition.FromCycle || recentEvents)
            {
                open.Add(condition);
            }
            else
            {
                deliveries.Add(VmAlerts.Resolve(state, condition.Code, ResolveReason(state, condition, options), newSignalId(), now));
            }
        }

        foreach (var (code, (severity, summary)) in desired)
        {
            var existing = open.FirstOrDefault(c => c.Code == code);
            if (existing is not null && existing.Severity == severity)
            {
                continue;
            }

            var alert = AlertBuilder.Fire(ErrorCatalog.Get(code), VmAlerts.Context(state, summary, severity), [], [], now);
            deliveries.Add(VmAlerts.Fire(state, alert, newSignalId(), now));
            open.RemoveAll(c => c.Code == code);
            open.Add((existing ?? new OpenCondition(code, now, severity)) with { Severity = severity });
        }

        return (state with { Open = open }, deliveries);
    }

    /// <summary>The next moment something may change without a signal: a missed cycle, an RPO threshold, a hold or quiet period ending.</summary>
    public static DateTimeOffset? NextWake(VmMonitorState state, DateTimeOffset now, WorkflowOptions options)
    {
        var candidates = new List<DateTimeOffset>();
        if (state.Active is null && state.Expectation is { } expected)
        {
            candidates.Add(state.MissesRecorded == 0 ? expected.MissedAt : expected.MissedAt + (expected.Interval * state.MissesRecorded));
        }

        var target = options.Health.RpoTargetFor(state.Kind);
        var since = state.LastSuccessfulCycleAt ?? state.MonitoredSince ?? now;
        candidates.Add(since + (target * (1 + (options.Health.RpoTolerancePercent / 100))) + TimeSpan.FromSeconds(1));
        candidates.Add(since + (target * options.Health.RpoCriticalMultiple));
        if (state.Health?.RecoveringSince is { } recovering)
        {
            candidates.Add(recovering + options.Health.RecoveryHoldTime);
        }

        candidates.AddRange(state.Open.Where(c => c.LastEventAt is not null).Select(c => c.LastEventAt!.Value + options.Monitoring.EventAlertQuietPeriod));
        // While the window holds a failed or missed cycle, any cycle leaving it changes the shares (a success
        // leaving raises the missed share); a window of successes only has nothing to re-judge.
        if (state.Cycles.Any(c => c.Outcome != CycleOutcome.Succeeded))
        {
            candidates.AddRange(state.Cycles.Select(c => c.At + options.Health.Window));
        }
        var future = candidates.Where(c => c > now).ToList();
        return future.Count == 0 ? null : future.Min();
    }

    private static VmMonitorState RecordMisses(VmMonitorState state, DateTimeOffset now, WorkflowOptions options)
    {
        if (state.Active is not null || state.Expectation is not { } expected)
        {
            return state;
        }

        var missed = expected.MissedCount(now);
        if (missed <= state.MissesRecorded)
        {
            return state;
        }

        var records = Enumerable.Range(0, (int)Math.Min(missed - state.MissesRecorded, options.Monitoring.RecentCycles))
            .Select(_ => new CycleRecord(null, CycleOutcome.Missed, null, null, now, null, []));
        return state with { Cycles = [.. state.Cycles.Concat(records).TakeLast(options.Monitoring.RecentCycles)], MissesRecorded = missed };
    }

    private static VmHealthInput HealthInput(VmMonitorState state) => new(
        state.Kind,
        state.State ?? Domain.Heartbeats.ReplicationState.Replicating,
        [.. state.Cycles.Select(c => new RecentCycle(c.Outcome, c.At))],
        state.LastSuccessfulCycleAt,
        state.MonitoredSince ?? state.LastObservedAt ?? DateTimeOffset.MinValue);

    // Conditions that hold because of the replication state or a health reason, with severity and summary.
    private static Dictionary<string, (AlertSeverity Severity, string Summary)> Desired(VmMonitorState state, DateTimeOffset now, WorkflowOptions options)
    {
        // Health counts failed cycles with missed ones; the CycleMissed alert speaks only of cycles that
        // did not start (failures have alerts of their own).
        var missedInWindow = state.Cycles.Any(c => c.Outcome == CycleOutcome.Missed && c.At > now - options.Health.Window);
        var desired = new Dictionary<string, (AlertSeverity, string)>(StringComparer.Ordinal);
        if (state.State is { } replication && ConditionClassifier.ForReplicationState(state.Kind, replication) is { } entry)
        {
            desired[entry.Code] = (entry.Severity, $"replication is {replication}");
        }

        foreach (var reason in state.Health?.Reasons ?? [])
        {
            if (reason.CatalogCode is { } code && s_healthCodes.Contains(code) && reason.Level != HealthLevel.Normal
                && (code != CatalogCodes.CycleMissed || missedInWindow))
            {
                desired[code] = (reason.Level == HealthLevel.Critical ? AlertSeverity.Critical : AlertSeverity.Warning, reason.Message);
            }
        }

        return desired;
    }

    private static string ResolveReason(VmMonitorState state, OpenCondition condition, WorkflowOptions options)
    {
        if (condition.LastEventAt is { } seen && !s_stateGoverned.Contains(condition.Code))
        {
            return $"no further event-log entries for {HumanText.Duration(options.Monitoring.EventAlertQuietPeriod)} (last at {seen:u})";
        }

        if (condition.CycleId is not null && state.Cycles.LastOrDefault(c => c.Outcome == CycleOutcome.Succeeded) is { } success)
        {
            return success.CycleId == condition.CycleId
                ? $"cycle {success.CycleId} completed after all"
                : $"a later cycle ({success.CycleId}) completed successfully";
        }

        return condition.Code switch
        {
            CatalogCodes.RpoExceeded => "the last successful cycle is within the RPO target again",
            CatalogCodes.CycleMissed => "cycles start on schedule again",
            _ => $"replication is {state.State} again",
        };
    }
}

using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Cycles;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>How a VM monitor keeps track of its cycles (pure).</summary>
internal static class VmCycles
{
    /// <summary>Records a finished cycle and when the next one is due; a success releases the alerts cycles raised.</summary>
    public static VmMonitorState Completed(VmMonitorState state, CycleResult result, WorkflowOptions options)
    {
        var active = state.Active?.CycleId == result.CycleId ? null : state.Active;
        if (result.Outcome == CycleRunOutcome.Superseded || state.Cycles.Any(c => c.CycleId == result.CycleId))
        {
            return state with { Active = active };
        }

        var succeeded = result.Outcome == CycleRunOutcome.Succeeded;
        var record = new CycleRecord(result.CycleId, succeeded ? CycleOutcome.Succeeded : CycleOutcome.Failed, result.Type, result.StartedAt, result.EndedAt,
            result.ErrorCode, result.ProblemCodes);
        return state with
        {
            Active = active,
            Cycles = [.. state.Cycles.Append(record).TakeLast(options.Monitoring.RecentCycles)],
            LastSuccessfulCycleAt = succeeded ? Later(state.LastSuccessfulCycleAt, result.EndedAt) : state.LastSuccessfulCycleAt,
            Expectation = active is null ? Expect(state, result, options) : null,
            MissesRecorded = 0,
            Open = succeeded ? [.. state.Open.Select(c => c with { FromCycle = false })] : state.Open,
        };
    }

    /// <summary>Opens (or refreshes) the alert of a cycle's overrun or failure.</summary>
    public static (VmMonitorState State, AlertDelivery? Delivery) Problem(VmMonitorState state, CycleProblem problem, DateTimeOffset now, string signalId)
    {
        // A Hyper-V failure whose event a recent situation explains (32022 at a suspension) is that situation.
        if (IsOver(state, problem) || ExplainedByEvents(state, problem, now))
        {
            return (state, null);
        }

        // The host the error names, else the one the VM runs on (the host 1022's appliance connects to).
        var context = VmAlerts.Context(state, problem.Summary, problem.Severity, problem.CycleId, problem.ErrorId) with { HostName = problem.HostName ?? state.Host };
        var alert = AlertBuilder.Fire(ErrorCatalog.Get(problem.Code), context, problem.Causes, problem.ProbeResults, now);
        var open = VmAlerts.Upsert(state.Open, alert.Code, alert.Severity, now, c => c with { FromCycle = true, CycleId = problem.CycleId });
        return (state with { Open = open }, VmAlerts.Fire(state, alert, signalId, now));
    }

    /// <summary>When the first cycle is due after monitoring begins with no cycle seen.</summary>
    public static NextCycleExpectation? FirstExpectation(VmMonitorState state, DateTimeOffset now, WorkflowOptions options) =>
        state.Kind == ApplianceKind.HyperVReplica && state.FrequencySeconds is null
            ? null
            : CycleSchedule.FirstObserved(state.Kind, now, state.FrequencySeconds, options.Cycle);

    private static NextCycleExpectation? Expect(VmMonitorState state, CycleResult result, WorkflowOptions options)
    {
        if (state.Kind == ApplianceKind.HyperVReplica && state.FrequencySeconds is null)
        {
            return null;
        }

        // The start is the appliance's clock, the end ours: skew may put the end first.
        var ended = result.EndedAt < result.StartedAt ? result.StartedAt : result.EndedAt;
        return CycleSchedule.AfterCycle(state.Kind, result.Type, result.StartedAt, ended, state.FrequencySeconds, options.Cycle);
    }

    // A diagnosis reports up to its deadline after the problem was seen. By then its own cycle or a later one may have
    // succeeded and resolved the alert: evidence about a problem since recovered from must not open it again. And a
    // diagnosis only adds evidence to the alert its problem raised, so it opens nothing a failing cycle no longer holds.
    private static bool IsOver(VmMonitorState state, CycleProblem problem) =>
        state.Cycles.Any(c => c.Outcome == CycleOutcome.Succeeded && (c.CycleId == problem.CycleId || c.At > problem.ObservedAt))
        || (problem.Diagnosed && !state.Open.Any(c => c.Code == problem.Code && c.FromCycle));

    private static bool ExplainedByEvents(VmMonitorState state, CycleProblem problem, DateTimeOffset now) =>
        state.Kind == ApplianceKind.HyperVReplica
        && problem.ErrorId is { } eventId
        && HyperVEventCorrelator.Correlate([.. VmEvents.Recent(state, now)], state.State ?? ReplicationState.Replicating)
            .Situations.Any(s => s.Events.Any(e => e.EventId == eventId));

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}

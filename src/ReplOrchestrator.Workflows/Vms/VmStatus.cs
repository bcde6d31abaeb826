using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>What a VM monitor publishes as its custom status, for the API.</summary>
public sealed record VmStatus(
    string ApplianceId,
    string VmId,
    string? Name,
    string? Host,
    ApplianceKind Kind,
    ReplicationState? ReplicationState,
    HealthLevel Health,
    IReadOnlyList<HealthReason> HealthReasons,
    DateTimeOffset? HealthSince,
    CycleReport? CurrentCycle,
    DateTimeOffset? LastSuccessfulCycleAt,
    TimeSpan RpoTarget,
    DateTimeOffset? NextCycleExpectedAt,
    IReadOnlyList<CycleRecord> RecentCycles,
    IReadOnlyList<string> OpenAlerts,
    DateTimeOffset? LastObservedAt)
{
    /// <summary>The reports of the latest cycle, oldest first: phases and bytes per disk over time.</summary>
    public IReadOnlyList<TrailSample> Trail { get; init; } = [];

    /// <summary>Event-log entries of the last minutes (Hyper-V event ids), oldest first.</summary>
    public IReadOnlyList<ReplicationEvent> RecentEvents { get; init; } = [];

    /// <summary>
    /// What the VM's source asked the monitor to keep (<see cref="VmReport.SourceMemo"/>), as of the newest report
    /// taken: a source that polls reads its bookkeeping back from here, so no restart or other instance loses it.
    /// </summary>
    public string? SourceMemo { get; init; }

    /// <summary>The status of a monitor's state.</summary>
    public static VmStatus Of(VmMonitorState state, WorkflowOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return new(
            state.ApplianceId,
            state.VmId,
            state.Name,
            state.Host,
            state.Kind,
            state.State,
            state.Health?.Level ?? HealthLevel.Normal,
            state.Health?.Reasons ?? [],
            state.Health?.LevelSince,
            state.Active,
            state.LastSuccessfulCycleAt,
            options.Health.RpoTargetFor(state.Kind),
            state.Expectation?.ExpectedAt,
            state.Cycles,
            [.. state.Open.Select(o => o.Code)],
            state.LastObservedAt)
        {
            Trail = state.Trail,
            RecentEvents = [.. state.RecentEvents.OrderBy(e => e.TimeCreated)],
            SourceMemo = state.SourceMemo,
        };
    }
}

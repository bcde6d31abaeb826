using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>What a VM monitor knows; its input, carried from one generation to the next.</summary>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM.</param>
/// <param name="Kind">The appliance's kind.</param>
public sealed record VmMonitorState(string ApplianceId, string VmId, ApplianceKind Kind)
{
    /// <summary>The VM's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The ESXi or Hyper-V host the VM runs on (host-scoped silences match it).</summary>
    public string? Host { get; init; }

    /// <summary>The replication state last reported.</summary>
    public ReplicationState? State { get; init; }

    /// <summary>The Hyper-V Replica frequency, in seconds.</summary>
    public int? FrequencySeconds { get; init; }

    /// <summary>The newest observation taken, by <see cref="VmObservation.Sequence"/>.</summary>
    public long? LastSequence { get; init; }

    /// <summary>When monitoring began.</summary>
    public DateTimeOffset? MonitoredSince { get; init; }

    /// <summary>When the VM was last reported.</summary>
    public DateTimeOffset? LastObservedAt { get; init; }

    /// <summary>The cycle running now, as last reported.</summary>
    public CycleReport? Active { get; init; }

    /// <summary>The reports of the latest cycle, oldest first (see <see cref="CycleTrail"/>).</summary>
    public IReadOnlyList<TrailSample> Trail { get; init; } = [];

    /// <summary>The cycle <see cref="Trail"/> belongs to.</summary>
    public string? TrailCycleId { get; init; }

    /// <summary>Recent cycles, oldest first.</summary>
    public IReadOnlyList<CycleRecord> Cycles { get; init; } = [];

    /// <summary>When the last cycle succeeded.</summary>
    public DateTimeOffset? LastSuccessfulCycleAt { get; init; }

    /// <summary>When the next cycle should start; <see langword="null"/> while one runs.</summary>
    public NextCycleExpectation? Expectation { get; init; }

    /// <summary>How many misses of <see cref="Expectation"/> are already recorded.</summary>
    public long MissesRecorded { get; init; }

    /// <summary>The VM's health, with hysteresis.</summary>
    public VmHealth? Health { get; init; }

    /// <summary>Conditions with an open alert.</summary>
    public IReadOnlyList<OpenCondition> Open { get; init; } = [];

    /// <summary>Event-log entries of the last minutes, to pair entries that arrive in different heartbeats.</summary>
    public IReadOnlyList<ReplicationEvent> RecentEvents { get; init; } = [];

    /// <summary>The appliance's Azure endpoints, for diagnoses.</summary>
    public IReadOnlyList<ApplianceEndpoint> Endpoints { get; init; } = [];

    /// <summary>The automatic resume asked for during the current suspension, if any (see <see cref="VmResume"/>).</summary>
    public ResumeAttempt? Resume { get; init; }

    /// <summary>The latest <see cref="VmReport.SourceMemo"/> reported: the source's bookkeeping, kept for it.</summary>
    public string? SourceMemo { get; init; }
}

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>The input of a replication cycle's orchestration, and of each of its generations.</summary>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM.</param>
/// <param name="Kind">The appliance's kind.</param>
/// <param name="Report">The cycle as first reported.</param>
/// <param name="ObservedAt">When that report was received.</param>
/// <param name="Endpoints">The appliance's Azure endpoints, for a diagnosis.</param>
public sealed record CycleStart(
    string ApplianceId,
    string VmId,
    ApplianceKind Kind,
    CycleReport Report,
    DateTimeOffset ObservedAt,
    IReadOnlyList<ApplianceEndpoint> Endpoints)
{
    /// <summary>Where a previous generation of the cycle left off; <see langword="null"/> in the first.</summary>
    public CycleProgress? Carried { get; init; }

    /// <summary>
    /// True when the cycle tells its VM monitor how it ended as soon as it ends, its diagnoses reporting after: a
    /// success then resolves the cycle's alerts at once instead of up to a diagnosis deadline later. A cycle started
    /// before this was so (false) tells it only once its diagnoses reported, as it began, because its replay must match its history.
    /// </summary>
    public bool ReportsEndAtOnce { get; init; }

    /// <summary>The cycle's orchestration instance id.</summary>
    public string InstanceId => InstanceIds.Cycle(ApplianceId, VmId, Report.CycleId);
}

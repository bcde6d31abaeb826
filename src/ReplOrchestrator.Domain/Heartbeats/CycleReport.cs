using ReplOrchestrator.Domain.Cycles;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>A replication cycle as one heartbeat saw it.</summary>
/// <param name="CycleId">The cycle's id, unique per VM (see <see cref="Contracts.ContractId"/>).</param>
/// <param name="Type">Initial (full copy) or delta.</param>
/// <param name="Phase">The phase the cycle was in when the heartbeat was sent.</param>
/// <param name="StartedAt">When the cycle (its snapshot phase) started.</param>
/// <param name="Disks">Upload progress per disk; ids unique within the cycle.</param>
/// <param name="Error">Why the cycle failed, when the appliance reports an error; otherwise null.</param>
public sealed record CycleReport(
    string CycleId,
    CycleType Type,
    CyclePhase Phase,
    DateTimeOffset StartedAt,
    IReadOnlyList<DiskProgress> Disks,
    CycleError? Error);

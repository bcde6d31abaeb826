using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>The input of a disk upload's orchestration.</summary>
/// <param name="CycleId">The cycle.</param>
/// <param name="Type">Initial or delta (they have different caps).</param>
/// <param name="Disk">The disk as first seen uploading.</param>
/// <param name="ObservedAt">When the upload was first seen.</param>
public sealed record DiskUploadStart(string CycleId, CycleType Type, DiskProgress Disk, DateTimeOffset ObservedAt);

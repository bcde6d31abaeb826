using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>The input of a disk upload's orchestration, and of each of its generations.</summary>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM.</param>
/// <param name="CycleId">The cycle, which is told when the upload times out.</param>
/// <param name="Type">Initial or delta (they have different caps).</param>
/// <param name="Disk">The disk as first seen uploading.</param>
/// <param name="ObservedAt">When the upload was first seen.</param>
public sealed record DiskUploadStart(string ApplianceId, string VmId, string CycleId, CycleType Type, DiskProgress Disk, DateTimeOffset ObservedAt)
{
    /// <summary>The progress a previous generation reached; <see langword="null"/> in the first.</summary>
    public DiskUploadProgress? Progress { get; init; }

    /// <summary>The upload's orchestration instance id.</summary>
    public string InstanceId => InstanceIds.DiskUpload(ApplianceId, VmId, CycleId, Disk.DiskId);

    /// <summary>The cycle's orchestration instance id.</summary>
    public string CycleInstanceId => InstanceIds.Cycle(ApplianceId, VmId, CycleId);
}

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>A signal to a disk upload: newer progress, or the end of the upload phase.</summary>
/// <param name="Disk">The newer progress; <see langword="null"/> when the upload phase is over.</param>
/// <param name="ObservedAt">When it was received.</param>
public sealed record DiskUploadSignal(DiskProgress? Disk, DateTimeOffset ObservedAt)
{
    /// <summary>True when the cycle left the upload phase (or ended).</summary>
    public bool IsDone => Disk is null;
}

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>How a disk upload's orchestration ended.</summary>
public enum DiskUploadOutcome
{
    /// <summary>All bytes uploaded, or the cycle moved past the upload phase.</summary>
    Completed,

    /// <summary>No progress for the stall limit, or the upload ran past its cap (1011).</summary>
    TimedOut,
}

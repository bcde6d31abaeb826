using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Cycles;

/// <summary>
/// One disk's upload as seen across heartbeats: how far it is, when bytes last moved and how fast.
/// </summary>
/// <remarks>
/// Fold each heartbeat's <see cref="DiskProgress"/> in with <see cref="Observe"/>. A byte count that
/// falls means the cycle restarted from 0 % (Azure Migrate does so after 90 minutes without Azure);
/// that counts as activity and as a restart, not as a stall.
/// </remarks>
/// <param name="DiskId">The disk's id.</param>
/// <param name="TotalBytes">Bytes to upload this cycle, as last reported.</param>
/// <param name="UploadedBytes">Bytes uploaded, as last reported.</param>
/// <param name="StartedAt">When this upload was first observed.</param>
/// <param name="LastProgressAt">When the byte count last changed (first observation counts).</param>
/// <param name="LastRateBytesPerSecond">Bytes per second between the last two changes; 0 before the second.</param>
/// <param name="Restarts">How many times the byte count fell back.</param>
public readonly record struct DiskUploadProgress(
    string DiskId,
    long TotalBytes,
    long UploadedBytes,
    DateTimeOffset StartedAt,
    DateTimeOffset LastProgressAt,
    double LastRateBytesPerSecond,
    int Restarts)
{
    /// <summary>Whether every byte is uploaded.</summary>
    public bool IsComplete => UploadedBytes >= TotalBytes;

    /// <summary>Starts tracking a disk from its first report.</summary>
    public static DiskUploadProgress Start(DiskProgress report, DateTimeOffset at) =>
        new(report.DiskId, report.TotalBytes, report.UploadedBytes, at, at, 0, 0);

    /// <summary>Folds in a later report; a report observed before the last change is stale and ignored.</summary>
    public DiskUploadProgress Observe(DiskProgress report, DateTimeOffset at)
    {
        if (at < LastProgressAt || report.UploadedBytes == UploadedBytes)
        {
            return this with { TotalBytes = at < LastProgressAt ? TotalBytes : report.TotalBytes };
        }

        if (report.UploadedBytes < UploadedBytes)
        {
            return this with
            {
                TotalBytes = report.TotalBytes,
                UploadedBytes = report.UploadedBytes,
                LastProgressAt = at,
                LastRateBytesPerSecond = 0,
                Restarts = Restarts + 1,
            };
        }

        var seconds = (at - LastProgressAt).TotalSeconds;
        return this with
        {
            TotalBytes = report.TotalBytes,
            UploadedBytes = report.UploadedBytes,
            LastProgressAt = at,
            LastRateBytesPerSecond = seconds > 0 ? (report.UploadedBytes - UploadedBytes) / seconds : LastRateBytesPerSecond,
        };
    }

    /// <summary>When this disk's upload times out unless its bytes move again.</summary>
    public UploadDeadline Deadline(CycleType type, CycleOptions options) =>
        PhaseDeadlines.Upload(StartedAt, LastProgressAt, type, options);
}

namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// One disk's upload in one cycle, as points joined by straight lines: steady progress is two points,
/// a stall is two points with the same bytes, a disk that never moves has none.
/// </summary>
/// <param name="DiskId">The disk's id.</param>
/// <param name="TotalBytes">Bytes the cycle must upload for the disk.</param>
/// <param name="Points">Upload progress in time order, bytes never decreasing; before the first nothing is uploaded.</param>
internal sealed record DiskPlan(string DiskId, long TotalBytes, IReadOnlyList<UploadPoint> Points)
{
    /// <summary>A disk uploading at a constant rate from <paramref name="from"/> until it is done at <paramref name="until"/>.</summary>
    public static DiskPlan Steady(string diskId, long totalBytes, DateTimeOffset from, DateTimeOffset until) =>
        new(diskId, totalBytes, [new(from, 0), new(until, totalBytes)]);

    /// <summary>A disk whose upload never starts, for a cycle that fails before any data moves.</summary>
    public static DiskPlan Stuck(string diskId, long totalBytes) => new(diskId, totalBytes, []);

    /// <summary>When the last byte is uploaded, or null when the plan never finishes.</summary>
    public DateTimeOffset? FinishedAt => Points.Count > 0 && Points[^1].Bytes == TotalBytes ? Points[^1].At : null;

    /// <summary>Bytes uploaded at <paramref name="now"/>.</summary>
    public long UploadedAt(DateTimeOffset now)
    {
        if (Points.Count == 0 || now < Points[0].At)
        {
            return 0;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            var (from, to) = (Points[i - 1], Points[i]);
            if (now < to.At)
            {
                var fraction = (now - from.At) / (to.At - from.At);
                return from.Bytes + (long)((to.Bytes - from.Bytes) * fraction);
            }
        }

        return Points[^1].Bytes;
    }
}

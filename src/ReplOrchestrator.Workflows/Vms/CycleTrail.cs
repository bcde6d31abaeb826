using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// The reports of a VM's latest cycle, kept so a person can see phases against their deadlines and where a disk's
/// upload stood still. Bounded: past <see cref="MaxSamples"/> every other sample goes, except the first, the last and
/// those where the phase changed, so a days-long initial copy costs the monitor's status the same as a short delta.
/// </summary>
internal static class CycleTrail
{
    public const int MaxSamples = 48;

    /// <summary>The trail with <paramref name="report"/> taken at <paramref name="at"/>; a new cycle starts a new trail.</summary>
    public static IReadOnlyList<TrailSample> Add(IReadOnlyList<TrailSample> trail, string? trailCycleId, CycleReport report, DateTimeOffset at)
    {
        var sample = new TrailSample(at, report.Phase, report.Disks.ToDictionary(d => d.DiskId, d => d.UploadedBytes, StringComparer.Ordinal));
        if (trailCycleId != report.CycleId)
        {
            return [sample];
        }

        List<TrailSample> next = [.. trail, sample];
        return next.Count <= MaxSamples ? next : Thin(next);
    }

    private static List<TrailSample> Thin(List<TrailSample> trail)
    {
        var kept = new List<TrailSample>(trail.Count / 2 + 2);
        for (var i = 0; i < trail.Count; i++)
        {
            var boundary = i == 0 || i == trail.Count - 1 || trail[i].Phase != trail[i - 1].Phase;
            if (boundary || i % 2 == 0)
            {
                kept.Add(trail[i]);
            }
        }

        return kept;
    }
}

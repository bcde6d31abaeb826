using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>How an appliance monitor keeps the sightings its heartbeats carry (pure; see <see cref="Heartbeat.Sightings"/>).</summary>
internal static class VmSightings
{
    /// <summary>
    /// The most sightings kept, the newest first: about 90 bytes each, so the monitor's status and state stay well
    /// under the 1 MB the task hub allows them whatever a vault holds.
    /// </summary>
    public const int MaxKept = 5_000;

    /// <summary>
    /// The sightings after a heartbeat: each VM at its latest sighting, and only those seen within
    /// <paramref name="horizon"/> of <paramref name="receivedAt"/>.
    /// </summary>
    /// <remarks>
    /// A heartbeat may be one part of a source's poll, so a VM it does not carry is not gone: it stays until its own
    /// sighting ages past the horizon. That bounds the list by what the source showed within the horizon, and
    /// <see cref="MaxKept"/> bounds it whatever that was.
    /// </remarks>
    /// <param name="kept">What the monitor held.</param>
    /// <param name="seen">What the heartbeat carries; <see langword="null"/> from appliance heartbeats.</param>
    /// <param name="receivedAt">When the heartbeat arrived.</param>
    /// <param name="horizon">How long a sighting lasts unrenewed: the heartbeat timeout, which every poll comes within.</param>
    public static IReadOnlyList<VmSighting> Merge(IReadOnlyList<VmSighting> kept, IReadOnlyList<VmSighting>? seen, DateTimeOffset receivedAt, TimeSpan horizon)
    {
        if (seen is null or [])
        {
            // Most heartbeats, and most parts of a large poll, carry none: what was kept is already one per VM, capped
            // and in order, so only the aged ones go.
            return kept.All(s => receivedAt - s.At <= horizon) ? kept : [.. kept.Where(s => receivedAt - s.At <= horizon)];
        }

        return [.. kept.Concat(seen ?? [])
            .Where(s => receivedAt - s.At <= horizon)
            .GroupBy(s => (s.ApplianceId, s.VmId))
            .Select(g => g.MaxBy(s => s.At)!)
            .OrderByDescending(s => s.At)
            .Take(MaxKept)
            .OrderBy(s => s.ApplianceId, StringComparer.Ordinal)
            .ThenBy(s => s.VmId, StringComparer.Ordinal)];
    }
}

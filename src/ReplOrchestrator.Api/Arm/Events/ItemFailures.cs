using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>
/// Tells sightings of one item's failures apart (pure): an event and the item's health error for one failure are one
/// failure, by error id and date, whichever arrives first.
/// </summary>
internal static class ItemFailures
{
    /// <summary>
    /// Whether two sightings are one failure: the same error id, both dated within
    /// <see cref="ArmEventDefaults.SameFailureWithin"/> of each other, or both undated.
    /// </summary>
    public static bool AreSame(ArmHealthError a, ArmHealthError b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return string.Equals(a.ErrorCode?.Trim(), b.ErrorCode?.Trim(), StringComparison.OrdinalIgnoreCase)
            && (a.CreatedAt, b.CreatedAt) switch
            {
                (null, null) => true,
                ({ } x, { } y) => (x - y).Duration() <= ArmEventDefaults.SameFailureWithin,
                _ => false,
            };
    }

    /// <summary>
    /// The failures known after <paramref name="seen"/> at <paramref name="now"/>: each sighting with an error id
    /// refreshes the known failure it is, or is added; a failure not seen for <see cref="ArmEventDefaults.Remember"/>
    /// is forgotten.
    /// </summary>
    public static IReadOnlyList<KnownFailure> Merge(IReadOnlyList<KnownFailure> known, IEnumerable<ArmHealthError> seen, DateTimeOffset now)
    {
        var merged = new List<KnownFailure>(known);
        foreach (var failure in seen.Where(e => !string.IsNullOrWhiteSpace(e.ErrorCode)))
        {
            var same = merged.FindIndex(k => AreSame(k.Failure, failure));
            if (same >= 0)
            {
                merged[same] = merged[same] with { LastSeenAt = now };
            }
            else
            {
                merged.Add(new KnownFailure(failure, now));
            }
        }

        return [.. merged.Where(k => now - k.LastSeenAt <= ArmEventDefaults.Remember)];
    }
}

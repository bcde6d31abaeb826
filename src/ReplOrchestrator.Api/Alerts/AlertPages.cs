using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Api.Alerts;

/// <summary>Cuts one page out of the alerts a query asks for (pure).</summary>
internal static class AlertPages
{
    /// <summary>
    /// The page: the alerts that match <paramref name="query"/>, newest <c>lastSeen</c> first (then by id),
    /// after its cursor, at most its limit; and the cursor of the next page, or null when this is the last.
    /// </summary>
    public static (IReadOnlyList<Alert> Alerts, AlertCursor? Next) Cut(IEnumerable<Alert> alerts, AlertQuery query)
    {
        var matching = alerts
            .Where(a => query.Status is null || a.Status == query.Status)
            .Where(a => query.DedupKey is null || string.Equals(a.DedupKey, query.DedupKey, StringComparison.Ordinal))
            .Where(a => query.After is not { } after || after.Precedes(a))
            .OrderByDescending(a => a.LastSeen)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(query.Limit + 1)
            .ToList();
        return matching.Count > query.Limit
            ? (matching[..query.Limit], AlertCursor.After(matching[query.Limit - 1]))
            : (matching, null);
    }
}

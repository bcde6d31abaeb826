using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Api.Alerts;

/// <summary>
/// What <c>GET /api/alerts</c> is asked for: <c>status</c>, <c>history</c>, <c>dedupKey</c>, and the page
/// (<c>limit</c>, <c>after</c>). Built by <see cref="TryRead"/>, which answers a problem for a bad value.
/// </summary>
/// <param name="Status">Only alerts with this status; all when null.</param>
/// <param name="History">Whether earlier, resolved episodes of each key are listed too, not only the current one.</param>
/// <param name="DedupKey">Only this key's alerts; all keys when null.</param>
/// <param name="Limit">Most alerts on the page.</param>
/// <param name="After">Where the previous page ended; the first page when null.</param>
internal sealed record AlertQuery(AlertStatus? Status, bool History, string? DedupKey, int Limit, AlertCursor? After)
{
    /// <summary>Alerts on a page when <c>limit</c> is not given.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most alerts one page holds: a few hundred full alerts, around a megabyte.</summary>
    public const int MaxLimit = 500;

    /// <summary>The query, or the problem that answers it instead.</summary>
    public static IResult? TryRead(IQueryCollection query, out AlertQuery alertQuery)
    {
        alertQuery = new AlertQuery(null, false, null, DefaultLimit, null);
        string? Text(string name) => query.TryGetValue(name, out var values) ? values.ToString() : null;

        var statusText = Text("status");
        AlertStatus? status = statusText?.ToLowerInvariant() switch
        {
            "firing" => AlertStatus.Firing,
            "resolved" => AlertStatus.Resolved,
            _ => null,
        };
        if (status is null && !string.IsNullOrEmpty(statusText))
        {
            return ApiProblems.InvalidParameter("status", $"'{statusText}' is not a status; use firing or resolved.");
        }

        var history = Text("history")?.ToLowerInvariant();
        if (history is not (null or "" or "true" or "false"))
        {
            return ApiProblems.InvalidParameter("history", "Use history=true to list earlier episodes too, or leave it out.");
        }

        var limit = DefaultLimit;
        if (Text("limit") is { Length: > 0 } limitText && (!int.TryParse(limitText, out limit) || limit < 1 || limit > MaxLimit))
        {
            return ApiProblems.InvalidParameter("limit", $"The page size is a whole number from 1 to {MaxLimit}.");
        }

        AlertCursor? after = null;
        if (Text("after") is { Length: > 0 } afterText)
        {
            if (!AlertCursor.TryDecode(afterText, out var cursor))
            {
                return ApiProblems.InvalidParameter("after", "Pass back the 'after' value of the previous page's Link header unchanged.");
            }

            after = cursor;
        }

        alertQuery = new AlertQuery(status, history == "true", Text("dedupKey") is { Length: > 0 } key ? key : null, limit, after);
        return null;
    }
}

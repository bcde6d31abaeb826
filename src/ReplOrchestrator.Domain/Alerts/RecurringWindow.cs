namespace ReplOrchestrator.Domain.Alerts;

/// <summary>A weekly maintenance window: on the given days, from a wall-clock start time, for a duration.</summary>
/// <remarks>
/// Times are wall-clock times in <see cref="TimeZone"/> (an IANA id such as <c>Europe/Berlin</c>, or
/// <c>UTC</c>), so a window stays at 22:00 local across daylight-saving changes. A window may run past
/// midnight (Saturday 22:00 for 6 hours ends Sunday 04:00).
/// </remarks>
/// <param name="Days">The days a window starts on.</param>
/// <param name="Start">The wall-clock time it starts.</param>
/// <param name="Duration">How long it lasts; more than 0 and at most 7 days.</param>
/// <param name="TimeZone">The time zone of <paramref name="Start"/>; defaults to UTC.</param>
public sealed record RecurringWindow(IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeSpan Duration, string TimeZone = "UTC")
{
    /// <summary>Whether <paramref name="at"/> falls inside one of the windows.</summary>
    /// <exception cref="TimeZoneNotFoundException">The time zone is unknown (<see cref="Silence.Validate()"/> reports that first).</exception>
    public bool Contains(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime;

        // A window that began on an earlier day can still be open: look back as many days as it lasts.
        for (var daysBack = 0; daysBack <= (int)Math.Ceiling(Duration.TotalDays); daysBack++)
        {
            var day = local.Date.AddDays(-daysBack);
            var start = day + Start.ToTimeSpan();
            if (Days.Contains(day.DayOfWeek) && local >= start && local < start + Duration)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Globalization;

namespace ReplOrchestrator.Domain.Formatting;

/// <summary>
/// Sizes, durations and percentages as people read them in alerts ("3.1 GiB", "2 h 5 min", "6 %"),
/// always in the invariant culture so the same alert reads the same everywhere.
/// </summary>
public static class HumanText
{
    private static readonly string[] s_units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

    /// <summary>A byte count in binary units, rounded to one decimal: "512 B", "3.1 GiB", "50 GiB".</summary>
    public static string Bytes(long bytes)
    {
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1024 && unit < s_units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " " + s_units[unit];
    }

    /// <summary>A rate in bytes per second: "12.5 MiB/s".</summary>
    public static string Rate(double bytesPerSecond) => Bytes((long)Math.Round(bytesPerSecond)) + "/s";

    /// <summary>A duration in its two largest units: "45 s", "30 min", "2 h 5 min", "1 d 3 h".</summary>
    public static string Duration(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return "-" + Duration(duration.Negate());
        }

        return duration switch
        {
            { TotalMinutes: < 1 } => Invariant($"{(int)duration.TotalSeconds} s"),
            { TotalHours: < 1 } => Invariant($"{(int)duration.TotalMinutes} min"),
            { TotalDays: < 1 } => duration.Minutes == 0
                ? Invariant($"{(int)duration.TotalHours} h")
                : Invariant($"{(int)duration.TotalHours} h {duration.Minutes} min"),
            _ => duration.Hours == 0
                ? Invariant($"{(int)duration.TotalDays} d")
                : Invariant($"{(int)duration.TotalDays} d {duration.Hours} h"),
        };
    }

    /// <summary>
    /// Whole percent of <paramref name="part"/> in <paramref name="whole"/>, rounded down so an upload reads
    /// 100 % only when complete; a zero whole counts as complete.
    /// </summary>
    public static string Percent(long part, long whole) =>
        Invariant($"{(whole <= 0 ? 100 : (int)(Math.Clamp((double)part / whole, 0, 1) * 100))} %");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

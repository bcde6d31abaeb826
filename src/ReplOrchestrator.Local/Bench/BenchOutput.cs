using System.Text.Json;

namespace ReplOrchestrator.Local.Bench;

/// <summary>One JSON line per measurement, so figures can be compared side by side across engines and machines.</summary>
internal static class BenchOutput
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(TextWriter output, object measurement) => output.WriteLineAsync(JsonSerializer.Serialize(measurement, s_options));

    /// <summary>The value at a percentile (0–100) of sorted samples.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

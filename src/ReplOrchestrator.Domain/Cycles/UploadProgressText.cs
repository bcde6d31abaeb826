using ReplOrchestrator.Domain.Formatting;

namespace ReplOrchestrator.Domain.Cycles;

/// <summary>Says how an upload stands in one line an on-call engineer can act on.</summary>
public static class UploadProgressText
{
    /// <summary>"disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min".</summary>
    public static string Stalled(DiskUploadProgress disk, DateTimeOffset at) =>
        $"{disk.DiskId} stalled at {Position(disk)} for {HumanText.Duration(at - disk.LastProgressAt)}";

    /// <summary>"disk-0 at 62 % (3.1 GiB of 5 GiB) after 12 h, last rate 70 KiB/s".</summary>
    public static string Running(DiskUploadProgress disk, DateTimeOffset at)
    {
        var rate = disk.LastRateBytesPerSecond > 0 ? ", last rate " + HumanText.Rate(disk.LastRateBytesPerSecond) : "";
        return $"{disk.DiskId} at {Position(disk)} after {HumanText.Duration(at - disk.StartedAt)}{rate}";
    }

    /// <summary>The text that fits the limit an upload ran into: a stall or the cap.</summary>
    public static string TimedOut(DiskUploadProgress disk, UploadLimit limit, DateTimeOffset at) =>
        limit == UploadLimit.Stall ? Stalled(disk, at) : Running(disk, at);

    /// <summary>
    /// <paramref name="text"/> with the upload speed Azure reports, when it reports one:
    /// "disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min, upload speed 0 B/s reported by Azure".
    /// </summary>
    public static string WithReportedSpeed(string text, long? bytesPerSecond) =>
        bytesPerSecond is { } speed ? $"{text}, upload speed {HumanText.Rate(speed)} reported by Azure" : text;

    private static string Position(DiskUploadProgress disk) =>
        $"{HumanText.Percent(disk.UploadedBytes, disk.TotalBytes)} ({HumanText.Bytes(disk.UploadedBytes)} of {HumanText.Bytes(disk.TotalBytes)})";
}

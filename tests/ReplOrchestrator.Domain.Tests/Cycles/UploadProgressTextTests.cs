using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Cycles;

public sealed class UploadProgressTextTests
{
    private static readonly DiskUploadProgress s_disk =
        DiskUploadProgress.Start(new DiskProgress("disk-0", 53687091200, 0), Epoch)
            .Observe(new DiskProgress("disk-0", 53687091200, 3328599654), Epoch.AddMinutes(10));

    [Fact]
    public void Stalled_SaysWhereAndForHowLong() =>
        UploadProgressText.Stalled(s_disk, Epoch.AddMinutes(40)).ShouldBe("disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min");

    [Fact]
    public void Running_SaysHowLongAndTheLastRate() =>
        UploadProgressText.Running(s_disk, Epoch.AddHours(12)).ShouldBe("disk-0 at 6 % (3.1 GiB of 50 GiB) after 12 h, last rate 5.3 MiB/s");

    [Theory]
    [InlineData(null, "disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min")]
    [InlineData(0L, "disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min, upload speed 0 B/s reported by Azure")]
    [InlineData(1_572_864L, "disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min, upload speed 1.5 MiB/s reported by Azure")]
    public void WithReportedSpeed_AddsTheSpeedOnlyWhenAzureReportsOne(long? bytesPerSecond, string expected) =>
        UploadProgressText.WithReportedSpeed(UploadProgressText.Stalled(s_disk, Epoch.AddMinutes(40)), bytesPerSecond).ShouldBe(expected);

    [Theory]
    [InlineData(UploadLimit.Stall, "stalled")]
    [InlineData(UploadLimit.MaxDuration, "after")]
    public void TimedOut_WordsTheLimitThatBound(UploadLimit limit, string word) =>
        UploadProgressText.TimedOut(s_disk, limit, Epoch.AddHours(12)).ShouldContain(word);
}

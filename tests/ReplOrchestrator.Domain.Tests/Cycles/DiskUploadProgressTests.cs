using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Cycles;

public sealed class DiskUploadProgressTests
{
    private const long GiB = 1024L * 1024 * 1024;
    private static readonly CycleOptions s_options = new();

    [Fact]
    public void Observe_BytesMoved_MovesTheDeadlineAndMeasuresTheRate()
    {
        var disk = DiskUploadProgress.Start(new DiskProgress("disk-0", 50 * GiB, 0), Epoch);

        disk = disk.Observe(new DiskProgress("disk-0", 50 * GiB, 600L * 1024 * 1024), Epoch.AddMinutes(10));

        disk.LastProgressAt.ShouldBe(Epoch.AddMinutes(10));
        disk.LastRateBytesPerSecond.ShouldBe(1024 * 1024);
        disk.Deadline(CycleType.Delta, s_options).ShouldBe(new UploadDeadline(Epoch.AddMinutes(40), UploadLimit.Stall));
    }

    [Fact]
    public void Observe_NoBytesMoved_KeepsTheDeadline()
    {
        var disk = DiskUploadProgress.Start(new DiskProgress("disk-0", 50 * GiB, GiB), Epoch);

        var later = disk.Observe(new DiskProgress("disk-0", 50 * GiB, GiB), Epoch.AddMinutes(20));

        later.Deadline(CycleType.Delta, s_options).At.ShouldBe(Epoch.AddMinutes(30));
    }

    [Fact]
    public void Observe_BytesFellBack_CountsARestartNotAStall()
    {
        var disk = DiskUploadProgress.Start(new DiskProgress("disk-0", 50 * GiB, 20 * GiB), Epoch);

        disk = disk.Observe(new DiskProgress("disk-0", 50 * GiB, GiB), Epoch.AddHours(2));

        (disk.Restarts, disk.UploadedBytes, disk.LastProgressAt).ShouldBe((1, GiB, Epoch.AddHours(2)));
        disk.LastRateBytesPerSecond.ShouldBe(0);
    }

    [Fact]
    public void Observe_StaleReport_IsIgnored()
    {
        var disk = DiskUploadProgress.Start(new DiskProgress("disk-0", 50 * GiB, 0), Epoch)
            .Observe(new DiskProgress("disk-0", 50 * GiB, 2 * GiB), Epoch.AddMinutes(10));

        disk.Observe(new DiskProgress("disk-0", 50 * GiB, GiB), Epoch.AddMinutes(5)).ShouldBe(disk);
    }

    [Fact]
    public void IsComplete_AllBytesUploaded() =>
        DiskUploadProgress.Start(new DiskProgress("disk-0", GiB, GiB), Epoch).IsComplete.ShouldBeTrue();
}

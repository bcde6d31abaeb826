using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Tests.Simulation.Timeline;

public sealed class DiskPlanTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void UploadedAt_FollowsTheLinesBetweenPoints_AndHoldsDuringAStall()
    {
        var plan = new DiskPlan("disk-0", 1000, [new(s_t0, 0), new(s_t0.AddMinutes(10), 100), new(s_t0.AddMinutes(40), 100), new(s_t0.AddMinutes(50), 1000)]);

        plan.UploadedAt(s_t0.AddMinutes(-1)).ShouldBe(0);
        plan.UploadedAt(s_t0.AddMinutes(5)).ShouldBe(50);
        plan.UploadedAt(s_t0.AddMinutes(10)).ShouldBe(100);
        plan.UploadedAt(s_t0.AddMinutes(25)).ShouldBe(100);
        plan.UploadedAt(s_t0.AddMinutes(45)).ShouldBe(550);
        plan.UploadedAt(s_t0.AddHours(5)).ShouldBe(1000);
        plan.FinishedAt.ShouldBe(s_t0.AddMinutes(50));
    }

    [Fact]
    public void Stuck_NeverMoves_AndNeverFinishes()
    {
        var plan = DiskPlan.Stuck("disk-1", 4096);

        plan.UploadedAt(s_t0.AddDays(1)).ShouldBe(0);
        plan.FinishedAt.ShouldBeNull();
    }
}

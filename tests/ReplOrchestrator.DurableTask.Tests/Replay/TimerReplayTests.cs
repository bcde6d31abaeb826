using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class TimerReplayTests
{
    private static readonly DateTimeOffset s_t0 = HistoryBuilder.T0;

    private static readonly Replayer s_sleeper = Replayer.For<int, string>("Sleep", async (context, hours) =>
    {
        await context.CreateTimer(TimeSpan.FromHours(hours));
        return $"woke at {context.CurrentUtcDateTime:HH:mm}";
    });

    [Fact]
    public void CreateTimer_FirstEpisode_FiresAtOrchestrationTimePlusDelay()
    {
        var action = s_sleeper.Run(HistoryBuilder.Start("Sleep", 2)).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(0);
        action.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(s_t0.AddHours(2));
    }

    [Fact]
    public void CreateTimer_Fired_ResumesAtTheEpisodeTime()
    {
        var history = HistoryBuilder.Start("Sleep", 2)
            .TimerCreated(0, s_t0.AddHours(2))
            .NewEpisode(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1))
            .TimerFired(0, s_t0.AddHours(2));

        s_sleeper.Run(history).Output<string>().ShouldBe("woke at 06:01");
    }

    [Fact]
    public void CreateTimer_CreatedAndNotFired_ProducesNoActions()
    {
        var history = HistoryBuilder.Start("Sleep", 2).TimerCreated(0, s_t0.AddHours(2)).NewEpisode().EventRaised("noise");

        s_sleeper.Run(history).Actions.ShouldBeEmpty();
    }

    [Fact]
    public void CreateTimer_LongerThanTheMaximumInterval_IsSplitIntoLegsOfAtMostThreeDays()
    {
        var week = Replayer.For<string?, string>("Week", async (context, _) =>
        {
            await context.CreateTimer(s_t0.AddDays(7));
            return "done";
        });
        var threeDays = OrchestrationContext.MaximumTimerInterval;
        threeDays.ShouldBe(TimeSpan.FromDays(3));

        var first = week.Run(HistoryBuilder.Start("Week")).Actions.ShouldHaveSingleItem();
        first.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(s_t0 + threeDays);

        var afterFirst = HistoryBuilder.Start("Week").TimerCreated(0, s_t0 + threeDays).NewEpisode(threeDays).TimerFired(0, s_t0 + threeDays);
        var second = week.Run(afterFirst).Actions.ShouldHaveSingleItem();
        second.Id.ShouldBe(1);
        second.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(s_t0.AddDays(6));

        var afterSecond = HistoryBuilder.Start("Week")
            .TimerCreated(0, s_t0 + threeDays)
            .Episode(threeDays)
            .TimerFired(0, s_t0 + threeDays)
            .TimerCreated(1, s_t0.AddDays(6))
            .NewEpisode(threeDays)
            .TimerFired(1, s_t0.AddDays(6));
        var last = week.Run(afterSecond).Actions.ShouldHaveSingleItem();
        last.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(s_t0.AddDays(7));
    }

    [Fact]
    public void CreateTimer_AlreadyCancelledToken_TakesNoSequenceNumber()
    {
        var replayer = Replayer.For<string?, string>("Cancelled", async (context, _) =>
        {
            var timer = context.CreateTimer(TimeSpan.FromHours(1), new CancellationToken(canceled: true));
            await context.CallActivityAsync("Next");
            return timer.IsCanceled ? "cancelled" : "running";
        });

        var action = replayer.Run(HistoryBuilder.Start("Cancelled")).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(0);
        action.ScheduleTask.Name.ShouldBe("Next");
    }

    [Fact]
    public void CreateTimer_CancelledInTheEpisodeThatCreatedIt_IsNeverSent()
    {
        var replayer = Replayer.For<string?, bool>("Withdraw", async (context, _) =>
        {
            using var cancellation = new CancellationTokenSource();
            var timer = context.CreateTimer(TimeSpan.FromHours(1), cancellation.Token);
            cancellation.Cancel();
            await context.CallActivityAsync("Next");
            return timer.IsCanceled;
        });

        var first = replayer.Run(HistoryBuilder.Start("Withdraw"));
        var action = first.Actions.ShouldHaveSingleItem();
        action.Id.ShouldBe(1, "the withdrawn timer keeps its number so later actions replay with the same ones");

        var history = HistoryBuilder.Start("Withdraw").TaskScheduled(1, "Next").NewEpisode().TaskCompleted(1);
        replayer.Run(history).Output<bool>().ShouldBeTrue();
    }
}

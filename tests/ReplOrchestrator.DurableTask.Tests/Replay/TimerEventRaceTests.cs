using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

/// <summary>A phase deadline racing the phase's event, decided by whichever the history delivers first.</summary>
public sealed class TimerEventRaceTests
{
    private static readonly DateTimeOffset s_deadline = HistoryBuilder.T0.AddMinutes(30);

    // Written the way a phase is watched: a WhenAny over a cancellable timer and the event.
    private static readonly Replayer s_whenAny = Replayer.For<string?, string>("Phase", async (context, _) =>
    {
        using var deadline = new CancellationTokenSource();
        var timer = context.CreateTimer(TimeSpan.FromMinutes(30), deadline.Token);
        var done = context.WaitForExternalEvent<string>("SnapshotDone");
        if (await Task.WhenAny(done, timer) == done)
        {
            deadline.Cancel();
            return $"done: {await done}";
        }

        return "snapshot hung";
    });

    // The same race through the timeout overload.
    private static readonly Replayer s_timeout = Replayer.For<string?, string>("Phase", async (context, _) =>
    {
        try
        {
            return $"done: {await context.WaitForExternalEvent<string>("SnapshotDone", TimeSpan.FromMinutes(30))}";
        }
        catch (TimeoutException)
        {
            return "snapshot hung";
        }
    });

    public static TheoryData<string> Styles() => ["whenAny", "timeout"];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Race_FirstEpisode_CreatesTheDeadlineTimer(string style)
    {
        var action = Pick(style).Run(HistoryBuilder.Start("Phase")).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(0);
        action.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(s_deadline);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Race_TimerFiresBeforeTheEvent_TimerWins(string style)
    {
        var history = Armed().TimerFired(0, s_deadline).EventRaised("SnapshotDone", "late");

        Pick(style).Run(history).Output<string>().ShouldBe("snapshot hung");
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Race_EventArrivesBeforeTheTimer_EventWins(string style)
    {
        var history = Armed().EventRaised("SnapshotDone", "ok").TimerFired(0, s_deadline);

        var response = Pick(style).Run(history);

        response.Output<string>().ShouldBe("done: ok");
        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Race_EventInTheSameEpisodeAsTheStart_TimerIsNeverSent(string style)
    {
        var history = HistoryBuilder.Start("Phase").EventRaised("SnapshotDone", "quick");

        var response = Pick(style).Run(history);

        response.Output<string>().ShouldBe("done: quick");
        response.Actions.ShouldAllBe(a => a.CreateTimer == null);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Race_ReplayedAfterTheEventWon_ProducesTheSameOutcome(string style)
    {
        // The decided race replays from history: the timer that fired later must not change the result.
        var history = HistoryBuilder.Start("Phase")
            .TimerCreated(0, s_deadline)
            .Episode()
            .EventRaised("SnapshotDone", "ok")
            .NewEpisode(TimeSpan.FromMinutes(31))
            .TimerFired(0, s_deadline);

        var response = Pick(style).Run(history);

        response.Output<string>().ShouldBe("done: ok");
    }

    private static HistoryBuilder Armed() =>
        HistoryBuilder.Start("Phase").TimerCreated(0, s_deadline).NewEpisode(TimeSpan.FromMinutes(30));

    private static Replayer Pick(string style) => style == "whenAny" ? s_whenAny : s_timeout;
}

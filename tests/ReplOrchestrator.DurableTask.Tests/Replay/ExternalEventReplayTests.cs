using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class ExternalEventReplayTests
{
    [Fact]
    public void WaitForExternalEvent_EventRaised_CompletesWithItsData()
    {
        var replayer = Replayer.For<string?, int>("Wait", (context, _) => context.WaitForExternalEvent<int>("heartbeat"));

        replayer.Run(HistoryBuilder.Start("Wait").NewEpisode().EventRaised("heartbeat", 1042)).Output<int>().ShouldBe(1042);
    }

    [Fact]
    public void WaitForExternalEvent_NothingRaised_ProducesNoActions()
    {
        var replayer = Replayer.For<string?, int>("Wait", (context, _) => context.WaitForExternalEvent<int>("heartbeat"));

        replayer.Run(HistoryBuilder.Start("Wait")).Actions.ShouldBeEmpty();
    }

    [Fact]
    public void WaitForExternalEvent_NameInAnotherCase_Matches()
    {
        var replayer = Replayer.For<string?, int>("Wait", (context, _) => context.WaitForExternalEvent<int>("heartbeat"));

        replayer.Run(HistoryBuilder.Start("Wait").EventRaised("HEARTBEAT", 7)).Output<int>().ShouldBe(7);
    }

    [Fact]
    public void WaitForExternalEvent_EventsArrivedBeforeAnyWait_AreTakenFirstInFirstOutPerName()
    {
        var replayer = Replayer.For<string?, string>("Drain", async (context, _) =>
        {
            await context.CallActivityAsync("Busy");
            var first = await context.WaitForExternalEvent<int>("phase");
            var other = await context.WaitForExternalEvent<string>("probe");
            var second = await context.WaitForExternalEvent<int>("Phase");
            return $"{first},{second},{other}";
        });
        var history = HistoryBuilder.Start("Drain")
            .TaskScheduled(0, "Busy")
            .Episode()
            .EventRaised("phase", 1)
            .EventRaised("probe", "dns ok")
            .EventRaised("phase", 2)
            .NewEpisode()
            .TaskCompleted(0);

        replayer.Run(history).Output<string>().ShouldBe("1,2,dns ok");
    }

    [Fact]
    public void WaitForExternalEvent_SeveralWaitersForOneName_AreServedInTheOrderTheyWaited()
    {
        var replayer = Replayer.For<string?, int[]>("Join", (context, _) => Task.WhenAll(
            context.WaitForExternalEvent<int>("result"),
            context.WaitForExternalEvent<int>("result"),
            context.WaitForExternalEvent<int>("result")));

        var history = HistoryBuilder.Start("Join").NewEpisode().EventRaised("result", 10).EventRaised("result", 20).EventRaised("result", 30);

        replayer.Run(history).Output<int[]>().ShouldBe([10, 20, 30]);
    }

    [Fact]
    public void WaitForExternalEvent_WaitCancelled_NextEventGoesToTheNextWaiter()
    {
        var replayer = Replayer.For<string?, string>("Abandon", async (context, _) =>
        {
            using var abandon = new CancellationTokenSource();
            var abandoned = context.WaitForExternalEvent<string>("answer", abandon.Token);
            abandon.Cancel();
            var kept = await context.WaitForExternalEvent<string>("answer");
            return $"{abandoned.Status}/{kept}";
        });

        replayer.Run(HistoryBuilder.Start("Abandon").EventRaised("answer", "42")).Output<string>().ShouldBe("Canceled/42");
    }

    [Fact]
    public void WaitForExternalEvent_TimeoutAndEventAlreadyKept_TakesItWithoutATimer()
    {
        var replayer = Replayer.For<string?, string>("Kept", async (context, _) =>
        {
            await context.CallActivityAsync("Before");
            var data = await context.WaitForExternalEvent<string>("answer", TimeSpan.FromHours(1));
            await context.CallActivityAsync("After");
            return data;
        });
        var history = HistoryBuilder.Start("Kept").TaskScheduled(0, "Before").EventRaised("answer", "early").NewEpisode().TaskCompleted(0);

        var action = replayer.Run(history).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(1, "no timer took a sequence number");
        action.ScheduleTask.Name.ShouldBe("After");
    }

    [Fact]
    public void WaitForExternalEvent_ZeroTimeoutAndNothingKept_TimesOutAtOnce()
    {
        var replayer = Replayer.For<string?, string>("Poll", async (context, _) =>
        {
            try
            {
                return await context.WaitForExternalEvent<string>("answer", TimeSpan.Zero);
            }
            catch (TimeoutException e)
            {
                return e.Message;
            }
        });

        var response = replayer.Run(HistoryBuilder.Start("Poll"));

        response.Output<string>().ShouldBe("No 'answer' event arrived within 00:00:00.");
        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(0);
    }

    [Fact]
    public void WaitForExternalEvent_TimeoutWaitCancelledByItsToken_IsCancelledNotTimedOut()
    {
        var replayer = Replayer.For<string?, string>("Stop", async (context, _) =>
        {
            using var stop = new CancellationTokenSource();
            var wait = context.WaitForExternalEvent<string>("answer", TimeSpan.FromHours(1), stop.Token);
            stop.Cancel();
            try
            {
                return await wait;
            }
            catch (OperationCanceledException)
            {
                return "cancelled";
            }
        });

        var response = replayer.Run(HistoryBuilder.Start("Stop"));

        response.Output<string>().ShouldBe("cancelled");
        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(1, "the timer took number 0 and was withdrawn");
    }

    [Fact]
    public void WaitForExternalEvent_DataThatDoesNotFitTheType_FailsTheOrchestration()
    {
        var replayer = Replayer.For<string?, int>("Wait", (context, _) => context.WaitForExternalEvent<int>("heartbeat"));

        var failure = replayer.Run(HistoryBuilder.Start("Wait").EventRaised("heartbeat", "not a number")).Failure();

        failure.ErrorType.ShouldBe("System.Text.Json.JsonException");
    }
}

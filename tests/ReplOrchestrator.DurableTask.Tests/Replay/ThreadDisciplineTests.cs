using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

/// <summary>Code that leaves the replay thread fails at once, instead of replaying differently later.</summary>
public sealed class ThreadDisciplineTests
{
    [Fact]
    public void Run_TimerCancelledWithCancelAsync_FailsWithAnExplanation()
    {
        var replayer = Replayer.For<string?, string>("Async", async (context, _) =>
        {
            using var deadline = new CancellationTokenSource();
            var timer = context.CreateTimer(TimeSpan.FromMinutes(5), deadline.Token);
            await deadline.CancelAsync();
            return "cancelled";
        });

        for (var run = 0; run < 20; run++)
        {
            var failure = replayer.Run(HistoryBuilder.Start("Async")).Failure();

            failure.ErrorMessage.ShouldContain("CancelAsync");
            failure.IsNonRetriable.ShouldBeTrue();
        }
    }

    [Fact]
    public void Run_ContextUsedFromAnotherThread_FailsWithAnExplanation()
    {
        var replayer = Replayer.For<string?, Guid>("Offload", (context, _) =>
        {
            Exception? error = null;
            var worker = new Thread(() => error = Record.Exception(() => context.NewGuid()));
            worker.Start();
            worker.Join();
            error.ShouldBeOfType<InvalidOperationException>();
            return Task.FromResult(Guid.Empty);
        });

        var failure = replayer.Run(HistoryBuilder.Start("Offload")).Failure();

        failure.ErrorMessage.ShouldContain("left the replay thread");
    }

    [Fact]
    public void Run_TaskYield_IsRunBeforeTheEpisodeEnds()
    {
        var replayer = Replayer.For<string?, string>("Yield", async (context, _) =>
        {
            await Task.Yield();
            await context.CallActivityAsync("AfterYield");
            return "done";
        });

        replayer.Run(HistoryBuilder.Start("Yield")).Actions.ShouldHaveSingleItem().ScheduleTask.Name.ShouldBe("AfterYield");
    }

    [Fact]
    public void Run_CallerHasASynchronizationContext_IsRestoredAfterwards()
    {
        var replayer = Replayer.For<string?, string>("Plain", (_, _) => Task.FromResult("ok"));
        var callers = new SynchronizationContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(callers);
        try
        {
            replayer.Run(HistoryBuilder.Start("Plain")).Output<string>().ShouldBe("ok");
            SynchronizationContext.Current.ShouldBeSameAs(callers);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }
}

using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

/// <summary>Retries wait on durable timers measured from the orchestration time of each failure.</summary>
public sealed class RetryReplayTests
{
    private static readonly RetryPolicy s_policy = new(maxAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(10), backoffCoefficient: 2);

    private static readonly Replayer s_probe = Replayer.For<string?, string>("Probe", (context, _) =>
        context.CallActivityAsync<string>("ProbeKeyVault", "kv:443", s_policy));

    [Fact]
    public void Retry_FirstFailure_WaitsTheFirstIntervalFromTheFailureTime()
    {
        var history = HistoryBuilder.Start("Probe").TaskScheduled(0, "ProbeKeyVault", "kv:443").NewEpisode(TimeSpan.FromSeconds(5)).TaskFailed(0, "timeout");

        var timer = s_probe.Run(history).Actions.ShouldHaveSingleItem();

        timer.Id.ShouldBe(1);
        timer.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(history.Now.AddSeconds(10));
    }

    [Fact]
    public void Retry_BackoffTimerFired_SchedulesTheNextAttempt()
    {
        var history = FailedOnce().NewEpisode(TimeSpan.FromSeconds(10)).TimerFired(1, default);

        var attempt = s_probe.Run(history).Actions.ShouldHaveSingleItem();

        attempt.Id.ShouldBe(2);
        attempt.ScheduleTask.Name.ShouldBe("ProbeKeyVault");
        attempt.ScheduleTask.Input.ShouldBe("\"kv:443\"");
    }

    [Fact]
    public void Retry_SecondFailure_WaitsTwiceAsLong()
    {
        var history = FailedTwice();

        var timer = s_probe.Run(history).Actions.ShouldHaveSingleItem();

        timer.Id.ShouldBe(3);
        timer.CreateTimer.FireAt.ToDateTimeOffset().ShouldBe(history.Now.AddSeconds(20));
    }

    [Fact]
    public void Retry_AttemptsUsedUp_FailsWithTheLastFailure()
    {
        var history = FailedTwice(lastEpisode: false)
            .TimerCreated(3, default)
            .Episode(TimeSpan.FromSeconds(20))
            .TimerFired(3, default)
            .TaskScheduled(4, "ProbeKeyVault", "kv:443")
            .NewEpisode()
            .TaskFailed(4, "timeout again");

        var response = s_probe.Run(history);

        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(5);
        response.Failure().InnerFailure.ErrorMessage.ShouldBe("timeout again");
    }

    [Fact]
    public void Retry_SucceedsOnTheSecondAttempt_ReturnsItsOutput()
    {
        var history = FailedOnce().Episode(TimeSpan.FromSeconds(10)).TimerFired(1, default).TaskScheduled(2, "ProbeKeyVault").NewEpisode().TaskCompleted(2, "reachable");

        s_probe.Run(history).Output<string>().ShouldBe("reachable");
    }

    [Fact]
    public void Retry_NonRetriableFailure_FailsWithoutWaiting()
    {
        var history = HistoryBuilder.Start("Probe").TaskScheduled(0, "ProbeKeyVault").NewEpisode().TaskFailed(0, "not registered", nonRetriable: true);

        s_probe.Run(history).Failure().InnerFailure.ErrorMessage.ShouldBe("not registered");
    }

    [Fact]
    public void Retry_PolicyDeclinesTheFailure_FailsWithoutWaiting()
    {
        var picky = s_policy with { ShouldRetry = failure => !failure.ErrorMessage.Contains("denied", StringComparison.Ordinal) };
        var replayer = Replayer.For<string?, string>("Probe", (context, _) => context.CallActivityAsync<string>("ProbeKeyVault", null, picky));
        var history = HistoryBuilder.Start("Probe").TaskScheduled(0, "ProbeKeyVault").NewEpisode().TaskFailed(0, "access denied");

        replayer.Run(history).Failure().InnerFailure.ErrorMessage.ShouldBe("access denied");
    }

    [Fact]
    public void Retry_SubOrchestrationWithExplicitId_RetriesUnderTheSameId()
    {
        var replayer = Replayer.For<string?, string>("Parent", (context, _) =>
            context.CallSubOrchestratorAsync<string>("Diagnosis", null, new SubOrchestrationOptions { InstanceId = "diagnosis:1", Retry = s_policy }));
        var history = HistoryBuilder.Start("Parent")
            .SubOrchestrationCreated(0, "Diagnosis", "diagnosis:1")
            .Episode()
            .SubOrchestrationFailed(0, "probe crashed")
            .TimerCreated(1, default)
            .NewEpisode(TimeSpan.FromSeconds(10))
            .TimerFired(1, default);

        replayer.Run(history).Actions.ShouldHaveSingleItem().CreateSubOrchestration.InstanceId.ShouldBe("diagnosis:1");
    }

    private static HistoryBuilder FailedOnce() =>
        HistoryBuilder.Start("Probe").TaskScheduled(0, "ProbeKeyVault", "kv:443").Episode(TimeSpan.FromSeconds(5)).TaskFailed(0, "timeout").TimerCreated(1, default);

    private static HistoryBuilder FailedTwice(bool lastEpisode = true)
    {
        var history = FailedOnce().Episode(TimeSpan.FromSeconds(10)).TimerFired(1, default).TaskScheduled(2, "ProbeKeyVault", "kv:443");
        return lastEpisode ? history.NewEpisode(TimeSpan.FromSeconds(3)).TaskFailed(2, "timeout") : history.Episode(TimeSpan.FromSeconds(3)).TaskFailed(2, "timeout");
    }
}

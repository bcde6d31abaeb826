using Google.Protobuf;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Replay;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class OrchestrationRunnerTests
{
    private static readonly Replayer s_echo = Replayer.For<string, string>("Echo", async (context, text) =>
    {
        var upper = await context.CallActivityAsync<string>("Upper", text);
        return upper;
    });

    [Fact]
    public void RunBase64_ValidRequest_AnswersTheSameBytesAsTheBinaryForm()
    {
        var request = HistoryBuilder.Start("Echo", "hi").Build().ToByteArray();

        var base64 = s_echo.Runner.RunBase64(Convert.ToBase64String(request));

        Convert.FromBase64String(base64).ShouldBe(s_echo.Runner.Run(request));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData(null)]
    public void RunBase64_NotARequest_AnswersAFailedCompletion(string? payload)
    {
        var response = OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(s_echo.Runner.RunBase64(payload)));

        var failure = response.Failure();
        failure.ErrorType.ShouldBe(typeof(InvalidOrchestratorRequestException).FullName);
        failure.IsNonRetriable.ShouldBeTrue();
    }

    [Fact]
    public void Run_BytesThatAreNotProtobuf_AnswersAFailedCompletion()
    {
        var response = OrchestratorResponse.Parser.ParseFrom(s_echo.Runner.Run([0xFF, 0xFF, 0xFF, 0x0F, 0x01]));

        response.Failure().ErrorMessage.ShouldContain("not a protobuf OrchestratorRequest");
    }

    [Fact]
    public void Run_NoExecutionStartedEvent_AnswersAFailedCompletion()
    {
        var request = new OrchestratorRequest { InstanceId = "i", NewEvents = { new HistoryEvent { EventId = -1, EventRaised = new EventRaisedEvent { Name = "x" } } } };

        s_echo.Run(request).Failure().ErrorMessage.ShouldContain("no ExecutionStarted event");
    }

    [Fact]
    public void Run_TimestampOutOfRange_AnswersAFailedCompletion()
    {
        var request = HistoryBuilder.Start("Echo", "hi").Build();
        request.NewEvents[0].Timestamp = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = long.MaxValue };

        var failure = s_echo.Run(request).Failure();

        failure.ErrorType.ShouldBe(typeof(InvalidOrchestratorRequestException).FullName);
        failure.ErrorMessage.ShouldStartWith("The request could not be replayed");
    }

    [Fact]
    public void Run_OrchestratorStartedWithoutTimestamp_KeepsTheLastKnownTime()
    {
        var replayer = Replayer.For<string?, DateTimeOffset>("Clock", async (context, _) =>
        {
            await context.CallActivityAsync("Tick");
            return context.CurrentUtcDateTime;
        });
        var request = HistoryBuilder.Start("Clock").TaskScheduled(0, "Tick").NewEpisode(TimeSpan.FromHours(1)).TaskCompleted(0).Build();
        request.NewEvents[0].Timestamp = null;

        replayer.Run(request).Output<DateTimeOffset>().ShouldBe(HistoryBuilder.T0);
    }

    [Fact]
    public void Run_UnknownOrchestrator_AnswersANonRetriableFailure()
    {
        var failure = s_echo.Run(HistoryBuilder.Start("Nobody")).Failure();

        failure.ErrorType.ShouldBe(typeof(TaskNotRegisteredException).FullName);
        failure.ErrorMessage.ShouldBe("No orchestrator named 'Nobody' is registered.");
        failure.IsNonRetriable.ShouldBeTrue();
    }

    [Fact]
    public void Run_NameGivenByTheHost_OverridesTheEventsName()
    {
        var response = s_echo.Runner.Run(HistoryBuilder.Start("Renamed", "hi").Build(), "Echo");

        response.Actions.ShouldHaveSingleItem().ScheduleTask.Name.ShouldBe("Upper");
    }

    [Fact]
    public void Run_OrchestratorThrowsBeforeAnyAwait_FailsWithItsException()
    {
        var replayer = Replayer.For<string?, string>("Throws", (_, _) => throw new InvalidOperationException("bad input"));

        var failure = replayer.Run(HistoryBuilder.Start("Throws")).Failure();

        failure.ErrorType.ShouldBe("System.InvalidOperationException");
        failure.ErrorMessage.ShouldBe("bad input");
        failure.IsNonRetriable.ShouldBeFalse();
    }

    [Fact]
    public void Run_OrchestratorThrowsAfterAnAwait_FailsWithItsStackTrace()
    {
        var replayer = Replayer.For<string?, string>("Late", async (context, _) =>
        {
            await context.CallActivityAsync("One");
            throw new ArgumentException("late failure");
        });

        var failure = replayer.Run(HistoryBuilder.Start("Late").TaskScheduled(0, "One").NewEpisode().TaskCompleted(0)).Failure();

        failure.ErrorType.ShouldBe("System.ArgumentException");
        failure.StackTrace.ShouldContain(nameof(OrchestrationRunnerTests));
    }

    [Fact]
    public void Run_InputThatDoesNotFitTheType_FailsWithAJsonError()
    {
        var replayer = Replayer.For<int, int>("Numbers", (_, n) => Task.FromResult(n));

        replayer.Run(HistoryBuilder.Start("Numbers", "seven")).Failure().ErrorType.ShouldBe("System.Text.Json.JsonException");
    }

    [Fact]
    public void Run_SameRequestOnManyThreads_AnswersIdenticalBytes()
    {
        var bytes = HistoryBuilder.Start("Echo", "hi").Build().ToByteArray();
        var expected = s_echo.Runner.Run(bytes);

        var answers = new byte[64][];
        Parallel.For(0, answers.Length, i => answers[i] = s_echo.Runner.Run(bytes));

        answers.ShouldAllBe(answer => Convert.ToBase64String(answer) == Convert.ToBase64String(expected));
    }
}

using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class ActivityReplayTests
{
    private static readonly Replayer s_greeter = Replayer.For<string, string>("Greet", async (context, name) =>
    {
        var greeting = await context.CallActivityAsync<string>("SayHello", name);
        var shout = await context.CallActivityAsync<string>("Shout", greeting);
        return shout;
    });

    [Fact]
    public void Run_FirstEpisode_SchedulesTheFirstActivityWithItsInput()
    {
        var response = s_greeter.Run(HistoryBuilder.Start("Greet", "Tokyo"));

        var action = response.Actions.ShouldHaveSingleItem();
        action.Id.ShouldBe(0);
        action.ScheduleTask.Name.ShouldBe("SayHello");
        action.ScheduleTask.Input.ShouldBe("\"Tokyo\"");
        response.InstanceId.ShouldBe(HistoryBuilder.InstanceId);
    }

    [Fact]
    public void Run_FirstActivityCompleted_SchedulesOnlyTheNextActivity()
    {
        var history = HistoryBuilder.Start("Greet", "Tokyo")
            .TaskScheduled(0, "SayHello", "Tokyo")
            .NewEpisode()
            .TaskCompleted(0, "Hello Tokyo");

        var action = s_greeter.Run(history).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(1);
        action.ScheduleTask.Name.ShouldBe("Shout");
        action.ScheduleTask.Input.ShouldBe("\"Hello Tokyo\"");
    }

    [Fact]
    public void Run_EpisodeWithNothingNewForTheCode_ProducesNoActions()
    {
        // The second activity is scheduled and recorded; an unrelated event arrives. Nothing may be re-sent.
        var history = BothActivitiesScheduled().NewEpisode().EventRaised("unrelated", 42);

        s_greeter.Run(history).Actions.ShouldBeEmpty();
    }

    [Fact]
    public void Run_LastActivityCompleted_CompletesWithItsOutput()
    {
        var history = BothActivitiesScheduled().NewEpisode().TaskCompleted(1, "HELLO TOKYO");

        var response = s_greeter.Run(history);

        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(2);
        response.Output<string>().ShouldBe("HELLO TOKYO");
    }

    [Fact]
    public void Run_ScheduledNameDiffersOnlyInCase_MatchesTheAction()
    {
        var history = HistoryBuilder.Start("greet", "Tokyo")
            .TaskScheduled(0, "SAYHELLO", "Tokyo")
            .NewEpisode()
            .TaskCompleted(0, "Hello Tokyo");

        s_greeter.Run(history).Actions.ShouldHaveSingleItem().ScheduleTask.Name.ShouldBe("Shout");
    }

    [Fact]
    public void Run_ActivityFailedAndUncaught_FailsWithTheActivityFailureAsInner()
    {
        var history = HistoryBuilder.Start("Greet", "Tokyo")
            .TaskScheduled(0, "SayHello", "Tokyo")
            .NewEpisode()
            .TaskFailed(0, "dns lookup failed");

        var failure = s_greeter.Run(history).Failure();

        failure.ErrorType.ShouldBe(typeof(TaskFailedException).FullName);
        failure.ErrorMessage.ShouldContain("SayHello");
        failure.InnerFailure.ErrorMessage.ShouldBe("dns lookup failed");
        failure.InnerFailure.ErrorType.ShouldBe("System.InvalidOperationException");
        failure.StackTrace.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public void Run_ActivityFailedAndCaught_OrchestrationContinuesWithTheFailureDetails()
    {
        var replayer = Replayer.For<string?, string>("Careful", async (context, _) =>
        {
            try
            {
                await context.CallActivityAsync("Flaky");
                return "no failure";
            }
            catch (TaskFailedException e)
            {
                return $"{e.TaskName}#{e.TaskId}: {e.FailureDetails.ErrorMessage}";
            }
        });
        var history = HistoryBuilder.Start("Careful").TaskScheduled(0, "Flaky").NewEpisode().TaskFailed(0, "boom");

        replayer.Run(history).Output<string>().ShouldBe("Flaky#0: boom");
    }

    [Fact]
    public void Run_CompletionForAnUnknownTask_IsIgnored()
    {
        var history = HistoryBuilder.Start("Greet", "Tokyo")
            .TaskScheduled(0, "SayHello", "Tokyo")
            .NewEpisode()
            .TaskCompleted(7, "stray")
            .TaskCompleted(0, "Hello Tokyo")
            .TaskCompleted(0, "duplicate");

        s_greeter.Run(history).Actions.ShouldHaveSingleItem().ScheduleTask.Input.ShouldBe("\"Hello Tokyo\"");
    }

    [Fact]
    public void Run_ActivityWithTypedRecordOutput_ReadsCamelCaseJson()
    {
        var replayer = Replayer.For<string?, int>("Typed", async (context, _) =>
        {
            var disk = await context.CallActivityAsync<DiskProgress>("ReadDisk");
            return disk.UploadedPercent;
        });
        var history = HistoryBuilder.Start("Typed").TaskScheduled(0, "ReadDisk").NewEpisode();
        history.Add(new HistoryEvent { TaskCompleted = new TaskCompletedEvent { TaskScheduledId = 0, Result = """{"diskId":"disk-0","uploadedPercent":62}""" } });

        replayer.Run(history).Output<int>().ShouldBe(62);
    }

    [Fact]
    public void CallActivityAsync_UntypedAndResultIsNotJson_CompletesAnyway()
    {
        var replayer = Replayer.For<string?, string>("Untyped", async (context, _) =>
        {
            await context.CallActivityAsync("Legacy");
            return "done";
        });
        var history = HistoryBuilder.Start("Untyped").TaskScheduled(0, "Legacy").NewEpisode();
        history.Add(new HistoryEvent { TaskCompleted = new TaskCompletedEvent { TaskScheduledId = 0, Result = "not json" } });

        replayer.Run(history).Output<string>().ShouldBe("done");
    }

    private static HistoryBuilder BothActivitiesScheduled() =>
        HistoryBuilder.Start("Greet", "Tokyo")
            .TaskScheduled(0, "SayHello", "Tokyo")
            .Episode()
            .TaskCompleted(0, "Hello Tokyo")
            .TaskScheduled(1, "Shout", "Hello Tokyo");

    private sealed record DiskProgress(string DiskId, int UploadedPercent);
}

using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class SuspendResumeReplayTests
{
    private static readonly Replayer s_steps = Replayer.For<string?, string>("Steps", async (context, _) =>
    {
        context.SetCustomStatus("step 1");
        await context.CallActivityAsync("One");
        context.SetCustomStatus("step 2");
        var note = await context.WaitForExternalEvent<string>("note");
        await context.CallActivityAsync("Two", note);
        return "done";
    });

    [Fact]
    public void Suspend_CompletionArrivesWhileSuspended_HoldsItAndSendsNothing()
    {
        var history = HistoryBuilder.Start("Steps").TaskScheduled(0, "One").NewEpisode().Suspended("maintenance").TaskCompleted(0).EventRaised("note", "n");

        var response = s_steps.Run(history);

        response.Actions.ShouldBeEmpty();
        response.CustomStatus.ShouldBe("\"step 1\"", "the held completion did not run the code on");
    }

    [Fact]
    public void Resume_ReleasesHeldEventsInOrder()
    {
        var history = HistoryBuilder.Start("Steps")
            .TaskScheduled(0, "One")
            .Episode()
            .Suspended()
            .TaskCompleted(0)
            .EventRaised("note", "n")
            .NewEpisode()
            .Resumed();

        var action = s_steps.Run(history).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(1);
        action.ScheduleTask.Name.ShouldBe("Two");
        action.ScheduleTask.Input.ShouldBe("\"n\"");
    }

    [Fact]
    public void Suspend_AfterTheCodeScheduledWorkInTheSameEpisode_HoldsTheActionUntilResumed()
    {
        var suspended = HistoryBuilder.Start("Steps").Suspended();

        s_steps.Run(suspended).Actions.ShouldBeEmpty();

        var resumed = HistoryBuilder.Start("Steps").Suspended().NewEpisode().Resumed();
        s_steps.Run(resumed).Actions.ShouldHaveSingleItem().ScheduleTask.Name.ShouldBe("One");
    }

    [Fact]
    public void Terminate_WhileSuspended_Terminates()
    {
        var history = HistoryBuilder.Start("Steps").TaskScheduled(0, "One").Episode().Suspended().NewEpisode().Terminated("operator");

        s_steps.Run(history).Completion().OrchestrationStatus.ShouldBe(OrchestrationStatus.Terminated);
    }
}

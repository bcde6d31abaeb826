using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class ContinueAsNewReplayTests
{
    // An eternal counter: one "add" event per generation, the rest carried forward.
    private static readonly Replayer s_counter = Replayer.For<int, int>("Counter", async (context, total) =>
    {
        var add = await context.WaitForExternalEvent<int>("add");
        context.ContinueAsNew(total + add);
        return -1;
    });

    [Fact]
    public void ContinueAsNew_AfterOneEvent_RestartsWithTheNewInputAndCarriesTheRest()
    {
        var history = HistoryBuilder.Start("Counter", 0).EventRaised("add", 5).EventRaised("add", 7).EventRaised("note", "x");

        var completion = s_counter.Run(history).Completion();

        completion.OrchestrationStatus.ShouldBe(OrchestrationStatus.ContinuedAsNew);
        completion.Result.ShouldBe("5");
        completion.CarryoverEvents.Select(e => (e.EventRaised.Name, e.EventRaised.Input)).ShouldBe([("add", "7"), ("note", "\"x\"")]);
    }

    [Fact]
    public void ContinueAsNew_EventsKeptBeforeAndAfterTheRestart_AreCarriedInArrivalOrder()
    {
        var replayer = Replayer.For<int, int>("Busy", async (context, generation) =>
        {
            await context.CallActivityAsync("Work");
            context.ContinueAsNew(generation + 1);
            return -1;
        });
        var history = HistoryBuilder.Start("Busy", 1)
            .TaskScheduled(0, "Work")
            .Episode()
            .EventRaised("heartbeat", 1)
            .NewEpisode()
            .EventRaised("heartbeat", 2)
            .TaskCompleted(0)
            .EventRaised("heartbeat", 3);

        var completion = replayer.Run(history).Completion();

        completion.Result.ShouldBe("2");
        completion.CarryoverEvents.Select(e => e.EventRaised.Input).ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public void ContinueAsNew_NextGenerationWithCarriedEvents_ConsumesThem()
    {
        // The extension re-runs the orchestrator with the carried events as new events (protocol.md §4 rule 8).
        var history = HistoryBuilder.Start("Counter", 5).EventRaised("add", 7).EventRaised("note", "x");

        var completion = s_counter.Run(history).Completion();

        completion.Result.ShouldBe("12");
        completion.CarryoverEvents.ShouldHaveSingleItem().EventRaised.Name.ShouldBe("note");
    }

    [Fact]
    public void ContinueAsNew_WithoutPreservingEvents_CarriesNothing()
    {
        var replayer = Replayer.For<int, int>("Forgetful", (context, total) =>
        {
            context.ContinueAsNew(total + 1, preserveUnprocessedEvents: false);
            return Task.FromResult(-1);
        });

        var completion = replayer.Run(HistoryBuilder.Start("Forgetful", 0).EventRaised("add", 5)).Completion();

        completion.OrchestrationStatus.ShouldBe(OrchestrationStatus.ContinuedAsNew);
        completion.CarryoverEvents.ShouldBeEmpty();
    }

    [Fact]
    public void ContinueAsNew_ActionsBeforeTheRestart_AreSentWithIt()
    {
        var replayer = Replayer.For<int, int>("Notify", (context, total) =>
        {
            context.SendEvent("parent", "progress", total);
            context.ContinueAsNew(total + 1);
            return Task.FromResult(-1);
        });

        var response = replayer.Run(HistoryBuilder.Start("Notify", 0));

        response.Actions.Select(a => a.OrchestratorActionTypeCase).ShouldBe(
            [OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent, OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration]);
    }
}

using ReplOrchestrator.DurableTask.Replay;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

/// <summary>History written by one version of an orchestrator, replayed by a changed one.</summary>
public sealed class NonDeterminismTests
{
    [Fact]
    public void Replay_ActivityRenamed_FailsNamingBothActivitiesAndTheSequenceNumber()
    {
        var changed = Replayer.For<string?, string>("Greet", (context, _) => context.CallActivityAsync<string>("SayGoodbye"));
        var history = HistoryBuilder.Start("Greet").TaskScheduled(0, "SayHello").NewEpisode().TaskCompleted(0, "hi");

        var failure = changed.Run(history).Failure();

        failure.ErrorType.ShouldBe(typeof(NonDeterministicOrchestrationException).FullName);
        failure.ErrorMessage.ShouldStartWith(
            "Non-deterministic orchestration: history records activity 'SayHello' at sequence number 0, but the code now produces activity 'SayGoodbye' there.");
        failure.IsNonRetriable.ShouldBeTrue();
    }

    [Fact]
    public void Replay_ActivitiesReordered_FailsAtTheFirstDivergence()
    {
        var changed = Replayer.For<string?, string>("Cycle", async (context, _) =>
        {
            await context.CallActivityAsync("Upload");
            await context.CallActivityAsync("Snapshot");
            return "done";
        });
        var history = HistoryBuilder.Start("Cycle")
            .ActivityRan(0, "Snapshot")
            .TaskScheduled(1, "Upload")
            .NewEpisode()
            .TaskCompleted(1);

        var response = changed.Run(history);

        response.Actions.ShouldHaveSingleItem("nothing but the failure is sent");
        response.Failure().ErrorMessage.ShouldContain("history records activity 'Snapshot' at sequence number 0, but the code now produces activity 'Upload' there");
    }

    [Fact]
    public void Replay_TimerRemoved_FailsNamingTheTimer()
    {
        var changed = Replayer.For<string?, string>("Wait", async (context, _) =>
        {
            await context.CallActivityAsync("Dispose");
            return "done";
        });
        var history = HistoryBuilder.Start("Wait").TimerCreated(0, HistoryBuilder.T0.AddMinutes(5)).NewEpisode().TimerFired(0, HistoryBuilder.T0.AddMinutes(5));

        changed.Run(history).Failure().ErrorMessage.ShouldContain("history records a timer at sequence number 0, but the code now produces activity 'Dispose' there");
    }

    [Fact]
    public void Replay_HistoryHasMoreActionsThanTheCode_FailsSayingNothingIsThere()
    {
        var changed = Replayer.For<string?, string>("Probe", async (context, _) =>
        {
            await context.CallActivityAsync("Dns");
            return "done";
        });
        var history = HistoryBuilder.Start("Probe").TaskScheduled(0, "Dns").TaskScheduled(1, "Tcp902").NewEpisode().TaskCompleted(0);

        changed.Run(history).Failure().ErrorMessage.ShouldContain("history records activity 'Tcp902' at sequence number 1, but the code now produces no pending action with that number");
    }

    [Fact]
    public void Replay_SubOrchestrationWhereAnEventWasSent_FailsNamingBothKinds()
    {
        var changed = Replayer.For<string?, string>("Parent", (context, _) => context.CallSubOrchestratorAsync<string>("Child"));
        var history = HistoryBuilder.Start("Parent").EventSent(0, "other", "ping").NewEpisode();

        changed.Run(history).Failure().ErrorMessage.ShouldContain("history records event 'ping' sent at sequence number 0, but the code now produces sub-orchestration 'Child' there");
    }
}

using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class TerminationReplayTests
{
    private static readonly Replayer s_worker = Replayer.For<string?, string>("Worker", async (context, _) =>
    {
        await context.CallActivityAsync("One");
        await context.CallActivityAsync("Two");
        return "done";
    });

    [Fact]
    public void Terminate_Requested_CompletesAsTerminatedWithTheReason()
    {
        var history = HistoryBuilder.Start("Worker").TaskScheduled(0, "One").NewEpisode().Terminated("operator stopped it");

        var response = s_worker.Run(history);

        var completion = response.Actions.ShouldHaveSingleItem().CompleteOrchestration;
        completion.OrchestrationStatus.ShouldBe(OrchestrationStatus.Terminated);
        completion.Result.ShouldBe("\"operator stopped it\"");
    }

    [Fact]
    public void Terminate_AfterTheCodeScheduledMoreInTheSameEpisode_SendsOnlyTheTermination()
    {
        var history = HistoryBuilder.Start("Worker").TaskScheduled(0, "One").NewEpisode().TaskCompleted(0).Terminated();

        s_worker.Run(history).Actions.ShouldHaveSingleItem().CompleteOrchestration.OrchestrationStatus.ShouldBe(OrchestrationStatus.Terminated);
    }

    [Fact]
    public void Terminate_AfterTheOrchestrationCompletedInTheSameEpisode_KeepsTheCompletion()
    {
        var history = HistoryBuilder.Start("Worker")
            .TaskScheduled(0, "One")
            .Episode()
            .TaskCompleted(0)
            .TaskScheduled(1, "Two")
            .NewEpisode()
            .TaskCompleted(1)
            .Terminated();

        s_worker.Run(history).Output<string>().ShouldBe("done");
    }
}

using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class CustomStatusReplayTests
{
    private static readonly Replayer s_phases = Replayer.For<string?, string>("Phases", async (context, _) =>
    {
        context.SetCustomStatus(new { phase = "Snapshot", percent = 0 });
        await context.CallActivityAsync("Snapshot");
        context.SetCustomStatus(new { phase = "Upload", percent = 62 });
        await context.CallActivityAsync("Upload");
        context.SetCustomStatus(null);
        await context.CallActivityAsync("Dispose");
        return "done";
    });

    [Fact]
    public void CustomStatus_SetInThisEpisode_IsSentAsJson()
    {
        s_phases.Run(HistoryBuilder.Start("Phases")).CustomStatus.ShouldBe("""{"phase":"Snapshot","percent":0}""");
    }

    [Fact]
    public void CustomStatus_SetInAnEarlierEpisode_IsRecomputedAndSentAgain()
    {
        var history = HistoryBuilder.Start("Phases").ActivityRan(0, "Snapshot").TaskScheduled(1, "Upload").NewEpisode().EventRaised("noise");

        s_phases.Run(history).CustomStatus.ShouldBe("""{"phase":"Upload","percent":62}""");
    }

    [Fact]
    public void CustomStatus_SetToNull_IsLeftUnset()
    {
        var history = HistoryBuilder.Start("Phases")
            .ActivityRan(0, "Snapshot")
            .TaskScheduled(1, "Upload")
            .NewEpisode()
            .TaskCompleted(1);

        s_phases.Run(history).CustomStatus.ShouldBeNull();
    }

    [Fact]
    public void CustomStatus_NeverSet_IsLeftUnset()
    {
        var replayer = Replayer.For<string?, string>("Quiet", (_, _) => Task.FromResult("done"));

        replayer.Run(HistoryBuilder.Start("Quiet")).CustomStatus.ShouldBeNull();
    }
}

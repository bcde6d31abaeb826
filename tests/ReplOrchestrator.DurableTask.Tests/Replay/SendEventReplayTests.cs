using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class SendEventReplayTests
{
    private static readonly Replayer s_forwarder = Replayer.For<string?, string>("Forward", async (context, _) =>
    {
        context.SendEvent("cycle:a:v:c-17", "PhaseUpdate", new { phase = "Upload" });
        await context.CallActivityAsync("Next");
        return "sent";
    });

    [Fact]
    public void SendEvent_FirstEpisode_SendsToTheInstanceWithJsonData()
    {
        var response = s_forwarder.Run(HistoryBuilder.Start("Forward"));

        response.Actions.Count.ShouldBe(2);
        var send = response.Actions[0];
        send.Id.ShouldBe(0);
        send.SendEvent.Instance.InstanceId.ShouldBe("cycle:a:v:c-17");
        send.SendEvent.Name.ShouldBe("PhaseUpdate");
        send.SendEvent.Data.ShouldBe("""{"phase":"Upload"}""");
        response.Actions[1].Id.ShouldBe(1);
    }

    [Fact]
    public void SendEvent_RecordedInHistory_IsNotSentAgain()
    {
        var history = HistoryBuilder.Start("Forward")
            .EventSent(0, "cycle:a:v:c-17", "PhaseUpdate")
            .TaskScheduled(1, "Next")
            .NewEpisode()
            .TaskCompleted(1);

        var response = s_forwarder.Run(history);

        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(2);
        response.Output<string>().ShouldBe("sent");
    }
}

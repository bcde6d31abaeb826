using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class FanOutFanInReplayTests
{
    private static readonly Replayer s_upload = Replayer.For<string[], long>("Upload", async (context, disks) =>
    {
        var uploads = disks.Select(disk => context.CallActivityAsync<long>("UploadDisk", disk)).ToList();
        var verify = context.CallSubOrchestratorAsync<long>("Verify", options: new() { InstanceId = "verify-1" });
        var bytes = await Task.WhenAll(uploads);
        return bytes.Sum() + await verify;
    });

    private static readonly string[] s_disks = ["disk-0", "disk-1", "disk-2"];

    [Fact]
    public void FanOut_FirstEpisode_SchedulesEveryBranchInCallOrder()
    {
        var response = s_upload.Run(HistoryBuilder.Start("Upload", s_disks));

        response.Actions.Select(a => a.Id).ShouldBe([0, 1, 2, 3]);
        response.Actions.Take(3).Select(a => a.ScheduleTask.Input).ShouldBe(["\"disk-0\"", "\"disk-1\"", "\"disk-2\""]);
        response.Actions[3].CreateSubOrchestration.InstanceId.ShouldBe("verify-1");
    }

    [Fact]
    public void FanIn_SomeBranchesDone_WaitsWithoutNewActions()
    {
        var history = AllScheduled().NewEpisode().TaskCompleted(2, 30L).SubOrchestrationCompleted(3, 4L);

        s_upload.Run(history).Actions.ShouldBeEmpty();
    }

    [Fact]
    public void FanIn_AllBranchesDoneInAnyOrder_JoinsTheirResults()
    {
        var history = AllScheduled()
            .Episode()
            .TaskCompleted(2, 30L)
            .SubOrchestrationCompleted(3, 4L)
            .NewEpisode()
            .TaskCompleted(1, 20L)
            .TaskCompleted(0, 10L);

        var response = s_upload.Run(history);

        response.Output<long>().ShouldBe(64L);
        response.Actions.ShouldHaveSingleItem().Id.ShouldBe(4);
    }

    private static HistoryBuilder AllScheduled() =>
        HistoryBuilder.Start("Upload", s_disks)
            .TaskScheduled(0, "UploadDisk", "disk-0")
            .TaskScheduled(1, "UploadDisk", "disk-1")
            .TaskScheduled(2, "UploadDisk", "disk-2")
            .SubOrchestrationCreated(3, "Verify", "verify-1");
}

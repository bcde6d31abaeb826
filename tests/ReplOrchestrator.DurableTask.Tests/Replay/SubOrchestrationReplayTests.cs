using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class SubOrchestrationReplayTests
{
    private const string CycleId = "cycle:appl-contoso-01:vm-sql01:c-17";

    private static readonly Replayer s_monitor = Replayer.For<string, string>("VmMonitor", (context, cycle) =>
        context.CallSubOrchestratorAsync<string>("ReplicationCycle", cycle, new SubOrchestrationOptions { InstanceId = $"cycle:appl-contoso-01:vm-sql01:{cycle}" }));

    [Fact]
    public void CallSubOrchestratorAsync_ExplicitInstanceId_StartsTheChildUnderThatId()
    {
        var action = s_monitor.Run(HistoryBuilder.Start("VmMonitor", "c-17")).Actions.ShouldHaveSingleItem();

        action.CreateSubOrchestration.InstanceId.ShouldBe(CycleId);
        action.CreateSubOrchestration.Name.ShouldBe("ReplicationCycle");
        action.CreateSubOrchestration.Input.ShouldBe("\"c-17\"");
    }

    [Fact]
    public void CallSubOrchestratorAsync_ChildCompleted_ReturnsItsOutput()
    {
        var history = HistoryBuilder.Start("VmMonitor", "c-17")
            .SubOrchestrationCreated(0, "ReplicationCycle", CycleId)
            .NewEpisode()
            .SubOrchestrationCompleted(0, "Completed");

        s_monitor.Run(history).Output<string>().ShouldBe("Completed");
    }

    [Fact]
    public void CallSubOrchestratorAsync_ChildFailed_ThrowsTaskFailedExceptionIntoTheParent()
    {
        var history = HistoryBuilder.Start("VmMonitor", "c-17")
            .SubOrchestrationCreated(0, "ReplicationCycle", CycleId)
            .NewEpisode()
            .SubOrchestrationFailed(0, "upload timed out");

        var failure = s_monitor.Run(history).Failure();

        failure.ErrorType.ShouldBe(typeof(TaskFailedException).FullName);
        failure.InnerFailure.ErrorMessage.ShouldBe("upload timed out");
    }

    [Fact]
    public void CallSubOrchestratorAsync_NoInstanceId_GeneratesTheSameIdOnEveryRun()
    {
        var replayer = Replayer.For<string?, string>("Parent", (context, _) => context.CallSubOrchestratorAsync<string>("Child"));

        var first = replayer.Run(HistoryBuilder.Start("Parent")).Actions.ShouldHaveSingleItem().CreateSubOrchestration.InstanceId;
        var again = replayer.Run(HistoryBuilder.Start("Parent")).Actions.ShouldHaveSingleItem().CreateSubOrchestration.InstanceId;

        first.ShouldBe(again);
        Guid.TryParseExact(first, "N", out _).ShouldBeTrue();
    }

    [Fact]
    public void CallSubOrchestratorAsync_ChildReadsItsParent_FromExecutionStarted()
    {
        var replayer = Replayer.For<string?, string?>("Child", (context, _) => Task.FromResult(context.ParentInstanceId));

        replayer.Run(HistoryBuilder.Start("Child", parentInstanceId: "vm:appl-contoso-01:vm-sql01")).Output<string>().ShouldBe("vm:appl-contoso-01:vm-sql01");
    }
}

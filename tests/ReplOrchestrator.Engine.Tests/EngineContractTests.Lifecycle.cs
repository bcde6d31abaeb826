using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>Sub-orchestrations, continue-as-new, termination, suspension.</summary>
public abstract partial class EngineContractTests
{
    [Fact]
    public async Task SubOrchestration_Completes_ParentOutputsItsResult()
    {
        Harness.Orchestrators.Add("Child", Sequence("Echo", 2)).Add("Parent", Parent("Child", null));

        await Client.StartNewAsync("Parent", "p", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("p")).SerializedOutput.ShouldBe("""["p:child:0","p:child:1"]""");
        var child = await Harness.StatusAsync("p:child");
        child.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        (await Harness.Engine.GetHistoryAsync("p:child"))[1].ExecutionStarted.ParentInstance.OrchestrationInstance.InstanceId.ShouldBe("p");
    }

    [Fact]
    public async Task SubOrchestration_Fails_ParentSeesTheFailure()
    {
        Harness.Orchestrators.Add("Child", Fails("no disk snapshots")).Add("Parent", Parent("Child", null));

        await Client.StartNewAsync("Parent", "p", null);
        await Harness.RunUntilIdleAsync();

        var parent = await Harness.StatusAsync("p");
        parent.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Failed);
        parent.FailureDetails!.ErrorMessage.ShouldContain("no disk snapshots");
    }

    [Fact]
    public async Task SubOrchestration_UnknownOrchestrator_ParentSeesNotRegistered()
    {
        Harness.Orchestrators.Add("Parent", Parent("Missing", null));

        await Client.StartNewAsync("Parent", "p", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("p:child")).FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.NotRegistered);
        (await Harness.StatusAsync("p")).FailureDetails!.ErrorMessage.ShouldContain(EngineFailureTypes.NotRegistered);
    }

    [Fact]
    public async Task ContinueAsNew_CarriesUnprocessedEvents_EveryTickIsCounted()
    {
        Harness.Orchestrators.Add("Counter", TickCounter(3));
        await Client.StartNewAsync("Counter", "c", 0);
        await Harness.RunUntilIdleAsync();
        var firstExecution = (await Harness.Engine.GetHistoryAsync("c"))[1].ExecutionStarted.OrchestrationInstance.ExecutionId;

        for (var i = 0; i < 3; i++)
        {
            await Client.RaiseEventAsync("c", "tick", null);
        }

        await Harness.RunUntilIdleAsync();

        var status = await Harness.StatusAsync("c");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.SerializedOutput.ShouldBe("3");
        status.SerializedInput.ShouldBe("2");
        var history = await Harness.Engine.GetHistoryAsync("c");
        history.Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted).ShouldBe(1);
        history[1].ExecutionStarted.Input.ShouldBe("2");
        history[1].ExecutionStarted.OrchestrationInstance.ExecutionId.ShouldNotBe(firstExecution);
        history[2].EventTypeCase.ShouldBe(HistoryEvent.EventTypeOneofCase.EventRaised);
    }

    [Fact]
    public async Task ContinueAsNew_WithoutWaiting_RunsEveryGenerationInOneEpisode()
    {
        Harness.Orchestrators.Add("CountDown", CountDown());

        await Client.StartNewAsync("CountDown", "cd", 10);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("cd")).SerializedOutput.ShouldBe("\"done\"");
        Harness.Orchestrators.Invocations.ShouldBe(11);
        Harness.Orchestrators.Requests.Skip(1).ShouldAllBe(r => r.PastEvents.Count == 0);
    }

    [Fact]
    public async Task Terminate_WaitingInstance_EndsTerminatedWithTheReason()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "t", null);
        await Harness.RunUntilIdleAsync();

        await Client.TerminateInstanceAsync("t", "operator said so");
        await Harness.RunUntilIdleAsync();

        var status = await Harness.StatusAsync("t");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Terminated);
        status.SerializedOutput.ShouldBe("\"operator said so\"");
    }

    [Fact]
    public async Task Terminate_OrchestratorIgnoresIt_EngineStillTerminates()
    {
        Harness.Orchestrators.AddRaw("Stubborn", request => new OrchestratorResponse { InstanceId = request.InstanceId });
        await Client.StartNewAsync("Stubborn", "s", null);
        await Harness.RunUntilIdleAsync();

        await Client.TerminateInstanceAsync("s", "stop");
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("s")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Terminated);
    }

    [Fact]
    public async Task Terminate_FinishedInstance_LeavesItAsItIs()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "done", null);
        await Harness.RunUntilIdleAsync();

        await Client.TerminateInstanceAsync("done", "late");
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("done")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task Suspend_EventsRaisedMeanwhile_WaitUntilResume()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "sus", null);
        await Harness.RunUntilIdleAsync();

        await Client.SuspendInstanceAsync("sus", "maintenance");
        await Client.RaiseEventAsync("sus", "e", 1);
        await Harness.RunUntilIdleAsync();
        (await Harness.StatusAsync("sus")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Suspended);

        await Client.ResumeInstanceAsync("sus");
        await Harness.RunUntilIdleAsync();

        var status = await Harness.StatusAsync("sus");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.SerializedOutput.ShouldBe("[1]");
    }

    [Fact]
    public async Task Terminate_SuspendedInstance_EndsTerminated()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "st", null);
        await Client.SuspendInstanceAsync("st");
        await Harness.RunUntilIdleAsync();

        await Client.TerminateInstanceAsync("st");
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("st")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Terminated);
    }
}

using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.TestUtilities.Durable;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>Bad input is refused with nothing stored; failures end up in history and status; the engine goes on.</summary>
public abstract partial class EngineContractTests
{
    public static TheoryData<string> InvalidInstanceIds() =>
        ["", "@entity", "a/b", "a\\b", "a?b", "a#b", "a\u0001b", "tab\there", new string('x', EngineOptions.MaxInstanceIdLength + 1)];

    [Theory]
    [MemberData(nameof(InvalidInstanceIds))]
    public async Task ScheduleNew_InvalidInstanceId_ThrowsAndStoresNothing(string instanceId)
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));

        var error = await Should.ThrowAsync<ArgumentException>(() => Client.StartNewAsync("Hello1", instanceId, null));

        error.ParamName.ShouldBe("options");
        (await Client.FirstPageAsync(new OrchestrationQuery())).Values.ShouldBeEmpty();
    }

    [Fact]
    public async Task ScheduleNew_LongestValidInstanceId_IsAccepted()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        var id = "vm:" + new string('x', EngineOptions.MaxInstanceIdLength - 3);

        await Client.StartNewAsync("Hello1", id, null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync(id)).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task ScheduleNew_UnknownOrchestrator_ThrowsAndStoresNothing()
    {
        var error = await Should.ThrowAsync<ArgumentException>(() => Client.StartNewAsync("Nope", "x", null));

        error.Message.ShouldContain("No orchestrator named 'Nope'");
        (await Client.GetInstanceAsync("x")).ShouldBeNull();
    }

    [Fact]
    public async Task ScheduleNew_InputOverTheLimit_ThrowsAndStoresNothing()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        var input = new string('x', Harness.Options.MaxPayloadBytes);

        var error = await Should.ThrowAsync<ArgumentException>(() => Client.StartNewAsync("Hello1", "big", input));

        error.Message.ShouldContain("MaxPayloadBytes");
        (await Client.GetInstanceAsync("big")).ShouldBeNull();
    }

    [Fact]
    public async Task RaiseEvent_UnknownInstance_ThrowsInvalidOperationNamingIt()
    {
        (await Should.ThrowAsync<InvalidOperationException>(() => Client.RaiseEventAsync("ghost", "e", null))).Message.ShouldContain("'ghost'");
        await Should.ThrowAsync<InvalidOperationException>(() => Client.TerminateInstanceAsync("ghost"));
        await Should.ThrowAsync<InvalidOperationException>(() => Client.SuspendInstanceAsync("ghost"));
    }

    [Fact]
    public async Task Activity_Throws_OrchestrationSeesTaskFailedWithDetails()
    {
        Harness.Orchestrators.Add("Risky", Sequence("Boom", 1));

        await Client.StartNewAsync("Risky", "r", null);
        await Harness.RunUntilIdleAsync();

        var failed = (await Harness.Engine.GetHistoryAsync("r")).Single(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskFailed);
        failed.TaskFailed.TaskScheduledId.ShouldBe(0);
        failed.TaskFailed.FailureDetails.ErrorType.ShouldBe("System.InvalidOperationException");
        failed.TaskFailed.FailureDetails.ErrorMessage.ShouldBe("disk is on fire");
        failed.TaskFailed.FailureDetails.StackTrace.ShouldNotBeNullOrEmpty();
        (await Harness.StatusAsync("r")).FailureDetails!.ErrorMessage.ShouldBe("disk is on fire");
    }

    [Fact]
    public async Task Activity_UnknownName_FailsTheTaskAsNotRegistered()
    {
        Harness.Orchestrators.Add("Lost", Sequence("NoSuchActivity", 1));

        await Client.StartNewAsync("Lost", "l", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("l")).FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.NotRegistered);
    }

    [Fact]
    public async Task Activity_InvocationCannotHappen_RunsAgainAfterABackOff()
    {
        var attempts = 0;
        Harness.Activities.Add("Flaky", call => Interlocked.Increment(ref attempts) == 1 ? throw new ActivityInvocationException("handler down") : "\"ok\"");
        Harness.Orchestrators.Add("UsesFlaky", Sequence("Flaky", 1));
        await Client.StartNewAsync("UsesFlaky", "f", null);
        await Harness.RunUntilIdleAsync();
        (await Harness.StatusAsync("f")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);

        Harness.Time.Advance(TimeSpan.FromSeconds(1));
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("f")).SerializedOutput.ShouldBe("""["ok"]""");
        attempts.ShouldBe(2);
    }

    [Fact]
    public async Task Orchestrator_Fails_InstanceFailedWithDetailsAndTheEngineGoesOn()
    {
        Harness.Orchestrators.Add("Broken", Fails("cycle classification failed")).Add("Hello1", Sequence("Echo", 1));

        await Client.StartNewAsync("Broken", "bad", null);
        await Client.StartNewAsync("Hello1", "good", null);
        await Harness.RunUntilIdleAsync();

        var bad = await Harness.StatusAsync("bad");
        bad.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Failed);
        (bad.FailureDetails!.ErrorType, bad.FailureDetails.ErrorMessage).ShouldBe(("System.InvalidOperationException", "cycle classification failed"));
        (await Harness.StatusAsync("good")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task Orchestrator_FailsBesideOtherActions_TheFailureWinsAndNothingElseIsApplied()
    {
        // The shape of Microsoft's runner's answer to a non-deterministic replay: the failure, plus the
        // action the replayed code took instead, with an id history already holds.
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1)).AddRaw("Confused", request => new OrchestratorResponse
        {
            InstanceId = request.InstanceId,
            Actions =
            {
                Actions.CallActivity(0, "Echo", Json("stray")),
                Actions.Fail(1, "DurableTask.Core.Exceptions.NonDeterministicOrchestrationException", "replay took another path"),
            },
        });

        await Client.StartNewAsync("Confused", "nd", null);
        await Harness.RunUntilIdleAsync();

        var failure = (await Harness.StatusAsync("nd")).FailureDetails!;
        failure.ErrorType.ShouldBe("DurableTask.Core.Exceptions.NonDeterministicOrchestrationException");
        Harness.Activities.Calls.ShouldBeEmpty();
        (await Harness.Engine.GetHistoryAsync("nd")).ShouldNotContain(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled);
    }

    [Fact]
    public async Task Orchestrator_InvokerThrows_InstanceFailedWithTheError()
    {
        Harness.Orchestrators.AddRaw("Crashy", _ => throw new HttpRequestException("connection refused"));

        await Client.StartNewAsync("Crashy", "crash", null);
        await Harness.RunUntilIdleAsync();

        var failure = (await Harness.StatusAsync("crash")).FailureDetails!;
        failure.ErrorType.ShouldBe(EngineFailureTypes.InvocationFailed);
        failure.InnerFailure!.ErrorType.ShouldBe(typeof(HttpRequestException).FullName);
    }

    [Fact]
    public async Task Orchestrator_ActivityInputOverTheLimit_InstanceFailedNothingScheduled()
    {
        var huge = Json(new string('x', Harness.Options.MaxPayloadBytes));
        Harness.Orchestrators.Add("Greedy", _ => [Actions.CallActivity(0, "Echo", huge)]);

        await Client.StartNewAsync("Greedy", "g", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("g")).FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.PayloadTooLarge);
        Harness.Activities.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Orchestrator_UnsupportedAction_InstanceFailedAsInvalidAction()
    {
        Harness.Orchestrators.Add("Rogue", _ =>
            [new OrchestratorAction { Id = 0, TerminateOrchestration = new TerminateOrchestrationAction { InstanceId = "other" } }]);

        await Client.StartNewAsync("Rogue", "rogue", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("rogue")).FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.InvalidAction);
    }

    [Fact]
    public async Task Activity_OutputOverTheLimit_FailsTheTaskAsPayloadTooLarge()
    {
        var huge = Json(new string('x', Harness.Options.MaxPayloadBytes));
        Harness.Activities.Add("Huge", _ => huge);
        Harness.Orchestrators.Add("UsesHuge", Sequence("Huge", 1));

        await Client.StartNewAsync("UsesHuge", "h", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("h")).FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task SubOrchestration_IdHeldByAnUnfinishedInstance_ParentSeesItWasNotStarted()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1)).Add("Parent", Parent("Collect", null));
        await Client.StartNewAsync("Collect", "p:child", null);

        await Client.StartNewAsync("Parent", "p", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("p")).FailureDetails!.ErrorMessage.ShouldContain(EngineFailureTypes.SubOrchestrationNotStarted);
        (await Harness.StatusAsync("p:child")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task SubOrchestration_InvalidId_ParentSeesItWasNotStarted()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1)).Add("BadParent", view =>
            view.SubOrchestrationFailure is { } failure
                ? [Actions.Fail(1, failure.FailureDetails.ErrorType, failure.FailureDetails.ErrorMessage)]
                : [Actions.CallSubOrchestrator(0, "Hello1", "no/slashes", null)]);

        await Client.StartNewAsync("BadParent", "bp", null);
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("bp")).FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.SubOrchestrationNotStarted);
        (await Client.GetInstanceAsync("no/slashes")).ShouldBeNull();
    }

    [Fact]
    public async Task RaiseEvent_FinishedInstance_IsAcceptedAndChangesNothing()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "fin", null);
        await Harness.RunUntilIdleAsync();
        var before = await Harness.Engine.GetHistoryAsync("fin");

        await Client.RaiseEventAsync("fin", "e", null);

        (await Harness.RunUntilIdleAsync()).ShouldBe(0);
        (await Harness.Engine.GetHistoryAsync("fin")).Count.ShouldBe(before.Count);
    }

    [Fact]
    public async Task Orchestrator_CustomStatusOverTheLimit_InstanceFailed()
    {
        var huge = Json(new string('x', Harness.Options.MaxPayloadBytes));
        Harness.Orchestrators.Add("Chatty", WaitForEvents("e", 1), _ => huge);

        await Client.StartNewAsync("Chatty", "chatty", null);
        await Harness.RunUntilIdleAsync();

        var status = await Harness.StatusAsync("chatty");
        status.FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.PayloadTooLarge);
        status.SerializedCustomStatus.ShouldBeNull();
    }

    [Fact]
    public async Task Activity_InvocationNeverHappens_TaskFailsAfterTheLastAttempt()
    {
        var attempts = 0;
        Harness.Activities.Add("Unreachable", _ =>
        {
            Interlocked.Increment(ref attempts);
            throw new ActivityInvocationException("handler down");
        });
        Harness.Orchestrators.Add("UsesUnreachable", Sequence("Unreachable", 1));
        await Client.StartNewAsync("UsesUnreachable", "u", null);

        for (var wait = 1; wait <= 1 << (Harness.Options.MaxActivityAttempts - 1); wait *= 2)
        {
            await Harness.RunUntilIdleAsync();
            Harness.Time.Advance(TimeSpan.FromSeconds(wait));
        }

        await Harness.RunUntilIdleAsync();

        attempts.ShouldBe(Harness.Options.MaxActivityAttempts);
        var failure = (await Harness.StatusAsync("u")).FailureDetails!;
        failure.ErrorType.ShouldBe(EngineFailureTypes.InvocationFailed);
        failure.ErrorMessage.ShouldContain("handler down");
    }
}

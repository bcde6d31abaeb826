using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.TestUtilities.Durable;
using Kind = Microsoft.DurableTask.Protobuf.HistoryEvent.EventTypeOneofCase;

namespace ReplOrchestrator.Engine.Tests.Runtime;

/// <summary>The pure state transitions of an episode, with no database.</summary>
public sealed class OrchestrationRuntimeStateTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
    private int _executions;

    [Fact]
    public void ApplyResponse_ScheduleTask_RecordsTheActionIdAndQueuesTheActivity()
    {
        var state = Started();

        state.ApplyResponse(Respond(Actions.CallActivity(0, "Probe", "\"kv\"")), s_now).ShouldBeFalse();

        var scheduled = state.NewEvents.Last();
        scheduled.EventId.ShouldBe(0);
        scheduled.TaskScheduled.Name.ShouldBe("Probe");
        state.Outbox.ActivityTasks.ShouldBe([new ActivityTask("i", "e1", 0, "Probe", "\"kv\"")]);
    }

    [Fact]
    public void ApplyResponse_Timer_RecordsTimerCreatedAndQueuesTheTimer()
    {
        var state = Started();

        state.ApplyResponse(Respond(Actions.CreateTimer(0, s_now.AddMinutes(30))), s_now);

        state.NewEvents.Last().TimerCreated.FireAt.ToDateTimeOffset().ShouldBe(s_now.AddMinutes(30));
        var timer = state.Outbox.Timers.ShouldHaveSingleItem();
        timer.DueAt.ShouldBe(s_now.AddMinutes(30));
        timer.FiredEvent.TimerFired.TimerId.ShouldBe(0);
    }

    [Fact]
    public void ApplyResponse_SubOrchestration_StartsTheChildWithParentInfo()
    {
        var state = Started();

        state.ApplyResponse(Respond(Actions.CallSubOrchestrator(0, "Child", "i:child", "7")), s_now);

        var message = state.Outbox.Messages.ShouldHaveSingleItem();
        message.TargetInstanceId.ShouldBe("i:child");
        message.StartsInstance.ShouldBeTrue();
        var parent = message.Message.Event.ExecutionStarted.ParentInstance;
        (parent.TaskScheduledId, parent.OrchestrationInstance.InstanceId, parent.OrchestrationInstance.ExecutionId).ShouldBe((0, "i", "e1"));
    }

    [Fact]
    public void ApplyResponse_SubOrchestrationWithInvalidId_AnswersItselfWithAFailure()
    {
        var state = Started();

        state.ApplyResponse(Respond(Actions.CallSubOrchestrator(0, "Child", "bad/id", null)), s_now);

        var message = state.Outbox.Messages.ShouldHaveSingleItem();
        message.TargetInstanceId.ShouldBe("i");
        message.Message.TargetExecutionId.ShouldBe("e1");
        message.Message.Event.SubOrchestrationInstanceFailed.FailureDetails.ErrorType.ShouldBe(EngineFailureTypes.SubOrchestrationNotStarted);
    }

    [Fact]
    public void ApplyResponse_ChildCompletes_AnswersItsParentExecution()
    {
        var parent = new ParentInstanceInfo { TaskScheduledId = 4, OrchestrationInstance = new OrchestrationInstance { InstanceId = "p", ExecutionId = "pe" } };
        var state = Started(parent: parent);

        state.ApplyResponse(Respond(Actions.Complete(0, "\"ok\"")), s_now);

        state.Status.ShouldBe(OrchestrationStatus.Completed);
        var answer = state.Outbox.Messages.ShouldHaveSingleItem();
        answer.TargetInstanceId.ShouldBe("p");
        answer.Message.TargetExecutionId.ShouldBe("pe");
        answer.Message.Event.SubOrchestrationInstanceCompleted.TaskScheduledId.ShouldBe(4);
        answer.Message.Event.SubOrchestrationInstanceCompleted.Result.ShouldBe("\"ok\"");
    }

    [Fact]
    public void ApplyResponse_ContinueAsNew_ReplacesHistoryWithTheNextExecutionAndCarriedEvents()
    {
        var state = Started();
        var carried = HistoryEvents.EventRaised(s_now, "heartbeat", "1");
        var notCarried = HistoryEvents.TimerFired(s_now, 9, Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(s_now));

        var again = state.ApplyResponse(
            Respond(Actions.CallActivity(0, "A", null), Actions.SendEvent(1, "other", "e", null), Actions.ContinueAsNew(2, "\"next\"", [carried, notCarried])),
            s_now);

        again.ShouldBeTrue();
        state.HistoryReplaced.ShouldBeTrue();
        state.OldEvents.ShouldBeEmpty();
        state.NewEvents.Select(e => e.EventTypeCase).ShouldBe([Kind.OrchestratorStarted, Kind.ExecutionStarted, Kind.EventRaised, Kind.OrchestratorCompleted]);
        state.ExecutionId.ShouldBe("e2");
        state.Input.ShouldBe("\"next\"");
        state.Status.ShouldBe(OrchestrationStatus.Running);
        state.Outbox.ActivityTasks.ShouldBeEmpty();
        state.Outbox.Messages.ShouldHaveSingleItem().TargetInstanceId.ShouldBe("other");
    }

    [Fact]
    public void ApplyResponse_ContinueAsNewWithEventsSentToItself_TheyOpenTheNextExecutionAheadOfCarriedEvents()
    {
        var state = Started();
        var carried = HistoryEvents.EventRaised(s_now, "item", "3");

        state.ApplyResponse(
            Respond(Actions.SendEvent(0, "i", "item", "1"), Actions.SendEvent(1, "i", "item", "2"), Actions.ContinueAsNew(2, null, [carried])),
            s_now);

        state.NewEvents.Where(e => e.EventTypeCase == Kind.EventRaised).Select(e => e.EventRaised.Input).ShouldBe(["1", "2", "3"]);
        state.Outbox.Messages.ShouldBeEmpty();
    }

    [Fact]
    public void ApplyResponse_FailedCompletionBesideOtherActions_FailsAndAppliesNothingElse()
    {
        var state = Rebuilt(HistoryEvents.OrchestratorStarted(s_now), Start(), new HistoryEvent { EventId = 0, TaskScheduled = new TaskScheduledEvent { Name = "A" } });
        state.BeginEpisode(s_now);

        state.ApplyResponse(
            Respond(Actions.CallActivity(0, "B", null), Actions.CreateTimer(1, s_now.AddHours(1)), Actions.Fail(2, "NonDeterministic", "replay differs")),
            s_now);

        state.Status.ShouldBe(OrchestrationStatus.Failed);
        state.Failure!.ErrorType.ShouldBe("NonDeterministic");
        state.NewEvents.ShouldNotContain(e => e.EventTypeCase == Kind.TaskScheduled || e.EventTypeCase == Kind.TimerCreated);
        state.Outbox.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void ApplyResponse_CompletesAfterCreatingATimer_TheTimerIsNotQueued()
    {
        var state = Started();

        state.ApplyResponse(Respond(Actions.CreateTimer(0, s_now.AddHours(1)), Actions.Complete(1, null)), s_now);

        state.Status.ShouldBe(OrchestrationStatus.Completed);
        state.Outbox.Timers.ShouldBeEmpty();
    }

    [Fact]
    public void ApplyResponse_ContinueAsNewOverAndOver_FailsAsALoop()
    {
        var state = Started();
        var continued = 0;

        while (state.ApplyResponse(Respond(Actions.ContinueAsNew(0, null)), s_now))
        {
            continued++;
        }

        continued.ShouldBe(OrchestrationRuntimeState.MaxContinueAsNewPerEpisode);
        state.Failure!.ErrorType.ShouldBe(EngineFailureTypes.ContinueAsNewLoop);
    }

    [Fact]
    public void ApplyResponse_ActionIdAlreadyInHistory_FailsAsInvalidActionAndAppliesNothing()
    {
        var state = Rebuilt(
            HistoryEvents.OrchestratorStarted(s_now),
            Start(),
            new HistoryEvent { EventId = 0, TaskScheduled = new TaskScheduledEvent { Name = "A" } });
        state.BeginEpisode(s_now);

        state.ApplyResponse(Respond(Actions.CallActivity(0, "A", null)), s_now);

        state.Failure!.ErrorType.ShouldBe(EngineFailureTypes.InvalidAction);
        state.Outbox.ActivityTasks.ShouldBeEmpty();
    }

    [Fact]
    public void ApplyResponse_AfterTermination_TerminatesAndIgnoresOtherActions()
    {
        var state = Started();
        state.TryAccept(new InboxMessage(HistoryEvents.ExecutionTerminated(s_now, "\"stop\""), null), out _).ShouldBeTrue();

        state.ApplyResponse(Respond(Actions.CallActivity(0, "A", null)), s_now);

        state.Status.ShouldBe(OrchestrationStatus.Terminated);
        state.Output.ShouldBe("\"stop\"");
        state.Outbox.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void ApplyResponse_AfterTerminationWithAnInvalidAction_StillTerminates()
    {
        var state = Started();
        state.TryAccept(new InboxMessage(HistoryEvents.ExecutionTerminated(s_now, "\"stop\""), null), out _).ShouldBeTrue();

        state.ApplyResponse(Respond(new OrchestratorAction { Id = 0, RewindOrchestration = new RewindOrchestrationAction() }, Actions.Terminated(1, "\"stop\"")), s_now);

        state.Status.ShouldBe(OrchestrationStatus.Terminated);
        state.NewEvents.Single(e => e.EventTypeCase == Kind.ExecutionCompleted).EventId.ShouldBe(1);
    }

    [Fact]
    public void TryAccept_SecondResultForTheSameTask_IsDroppedAsADuplicate()
    {
        var state = Rebuilt(HistoryEvents.OrchestratorStarted(s_now), Start(), new HistoryEvent { EventId = 0, TaskScheduled = new TaskScheduledEvent { Name = "A" } });

        state.TryAccept(new InboxMessage(HistoryEvents.TaskCompleted(s_now, 0, "1"), "e1"), out _).ShouldBeTrue();
        state.TryAccept(new InboxMessage(HistoryEvents.TaskCompleted(s_now, 0, "1"), "e1"), out var reason).ShouldBeFalse();

        reason.ShouldContain("duplicate");
    }

    [Fact]
    public void TryAccept_ResultForAnEarlierExecution_IsDroppedAsStale()
    {
        var state = Rebuilt(HistoryEvents.OrchestratorStarted(s_now), Start(), new HistoryEvent { EventId = 0, TaskScheduled = new TaskScheduledEvent { Name = "A" } });

        state.TryAccept(new InboxMessage(HistoryEvents.TaskCompleted(s_now, 0, "1"), "e0"), out var reason).ShouldBeFalse();

        reason.ShouldContain("continued as new");
    }

    [Fact]
    public void TryAccept_AnythingAfterCompletion_IsDropped()
    {
        var state = Rebuilt(Start(), HistoryEvents.ExecutionCompleted(s_now, 0, OrchestrationStatus.Completed, null, null));

        state.TryAccept(new InboxMessage(HistoryEvents.EventRaised(s_now, "e", null), null), out _).ShouldBeFalse();
        state.TryAccept(new InboxMessage(HistoryEvents.ExecutionTerminated(s_now, null), null), out _).ShouldBeFalse();
    }

    [Fact]
    public void Status_SuspendAndResume_FollowsTheLatestOfThem()
    {
        var state = Started();

        state.TryAccept(new InboxMessage(HistoryEvents.ExecutionSuspended(s_now, null), null), out _).ShouldBeTrue();
        state.Status.ShouldBe(OrchestrationStatus.Suspended);
        state.TryAccept(new InboxMessage(HistoryEvents.ExecutionSuspended(s_now, null), null), out _).ShouldBeFalse();
        state.TryAccept(new InboxMessage(HistoryEvents.ExecutionResumed(s_now, null), null), out _).ShouldBeTrue();

        state.Status.ShouldBe(OrchestrationStatus.Running);
    }

    [Fact]
    public void Status_NoHistory_IsPending()
    {
        var state = Rebuilt();

        state.Status.ShouldBe(OrchestrationStatus.Pending);
        state.IsStarted.ShouldBeFalse();
    }

    private static HistoryEvent Start(ParentInstanceInfo? parent = null) => HistoryEvents.ExecutionStarted(s_now, "Orch", "i", "e1", "\"in\"", parent: parent);

    private static OrchestratorResponse Respond(params OrchestratorAction[] actions) => new() { Actions = { actions } };

    private OrchestrationRuntimeState Rebuilt(params HistoryEvent[] history) =>
        new("i", history, null, () => $"e{++_executions + 1}", 64 * 1024);

    // A first episode that has accepted its ExecutionStarted.
    private OrchestrationRuntimeState Started(ParentInstanceInfo? parent = null)
    {
        var state = Rebuilt();
        state.BeginEpisode(s_now);
        state.TryAccept(new InboxMessage(Start(parent), null), out _).ShouldBeTrue();
        return state;
    }
}

using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.TestUtilities.Durable;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>
/// The engine's contract, run against every database kind (<see cref="InMemoryEngineContractTests"/>,
/// <see cref="FileEngineContractTests"/>). Driven step by step with <see cref="DurableEngine.RunUntilIdleAsync"/>
/// on a manual clock.
/// </summary>
public abstract partial class EngineContractTests : IAsyncLifetime
{
    private EngineHarness _harness = null!;

    protected abstract bool InMemory { get; }

    protected EngineHarness Harness => _harness;

    protected DurableTaskClient Client => _harness.Client;

    public Task InitializeAsync()
    {
        _harness = EngineHarness.Create(InMemory);
        _harness.Activities.Add("Boom", _ => throw new InvalidOperationException("disk is on fire"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Sequence_FiveActivities_RunInOrderAndOutputEveryResult()
    {
        _harness.Orchestrators.Add("Hello5", Sequence("Echo", 5));

        await Client.StartNewAsync("Hello5", "seq-1", null);
        await _harness.RunUntilIdleAsync();

        var status = await _harness.StatusAsync("seq-1");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.SerializedOutput.ShouldBe("""["seq-1:0","seq-1:1","seq-1:2","seq-1:3","seq-1:4"]""");
        _harness.Activities.Calls.Select(c => c.SerializedInput).ShouldBe(Enumerable.Range(0, 5).Select(i => Json($"seq-1:{i}")));
    }

    [Fact]
    public async Task Sequence_History_HasTheShapeTheDurableExtensionWrites()
    {
        _harness.Orchestrators.Add("Hello2", Sequence("Echo", 2));

        await Client.StartNewAsync("Hello2", "shape", "in");
        await _harness.RunUntilIdleAsync();

        var history = await _harness.Engine.GetHistoryAsync("shape");
        history.Select(e => e.EventTypeCase).ShouldBe(
        [
            HistoryEvent.EventTypeOneofCase.OrchestratorStarted, HistoryEvent.EventTypeOneofCase.ExecutionStarted,
            HistoryEvent.EventTypeOneofCase.TaskScheduled, HistoryEvent.EventTypeOneofCase.OrchestratorCompleted,
            HistoryEvent.EventTypeOneofCase.OrchestratorStarted, HistoryEvent.EventTypeOneofCase.TaskCompleted,
            HistoryEvent.EventTypeOneofCase.TaskScheduled, HistoryEvent.EventTypeOneofCase.OrchestratorCompleted,
            HistoryEvent.EventTypeOneofCase.OrchestratorStarted, HistoryEvent.EventTypeOneofCase.TaskCompleted,
            HistoryEvent.EventTypeOneofCase.ExecutionCompleted, HistoryEvent.EventTypeOneofCase.OrchestratorCompleted,
        ]);
        history.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled).Select(e => e.EventId).ShouldBe([0, 1]);
        history.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskCompleted).Select(e => e.TaskCompleted.TaskScheduledId).ShouldBe([0, 1]);
        history.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.OrchestratorStarted).ShouldAllBe(e => e.EventId == -1);
        history[0].Timestamp.ToDateTimeOffset().ShouldBe(_harness.Time.GetUtcNow());
        history[1].ExecutionStarted.Input.ShouldBe("\"in\"");
        history[10].EventId.ShouldBe(2);
    }

    [Fact]
    public async Task Sequence_Request_CarriesPastAndNewEventsSeparately()
    {
        _harness.Orchestrators.Add("Hello2", Sequence("Echo", 2));

        await Client.StartNewAsync("Hello2", "req", null);
        await _harness.RunUntilIdleAsync();

        var requests = _harness.Orchestrators.Requests.ToList();
        requests.Count.ShouldBe(3);
        requests[0].PastEvents.ShouldBeEmpty();
        requests[1].PastEvents.Count.ShouldBe(4);
        requests[1].NewEvents.Select(e => e.EventTypeCase).ShouldBe([HistoryEvent.EventTypeOneofCase.OrchestratorStarted, HistoryEvent.EventTypeOneofCase.TaskCompleted]);
        requests.ShouldAllBe(r => r.InstanceId == "req" && r.ExecutionId == requests[0].ExecutionId && !string.IsNullOrEmpty(r.ExecutionId));
    }

    [Fact]
    public async Task FanOut_HundredActivities_JoinsEveryResult()
    {
        _harness.Orchestrators.Add("FanOut", FanOut("Echo", 100));

        await Client.StartNewAsync("FanOut", "fan", null);
        await _harness.RunUntilIdleAsync();

        var status = await _harness.StatusAsync("fan");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<string[]>()!.ShouldBe(Enumerable.Range(0, 100).Select(i => $"fan:{i}"));
        _harness.Activities.Calls.Count.ShouldBe(100);
    }

    [Fact]
    public async Task RaiseEvent_SeveralEvents_AreDeliveredInTheOrderRaised()
    {
        _harness.Orchestrators.Add("Collect", WaitForEvents("reading", 5));
        await Client.StartNewAsync("Collect", "events", null);
        await _harness.RunUntilIdleAsync();

        foreach (var i in new[] { 3, 1, 4, 1, 5 })
        {
            await Client.RaiseEventAsync("events", i % 2 == 0 ? "READING" : "reading", i);
        }

        await _harness.RunUntilIdleAsync();

        (await _harness.StatusAsync("events")).SerializedOutput.ShouldBe("[3,1,4,1,5]");
    }

    [Fact]
    public async Task CustomStatus_IsStoredAfterEveryEpisode()
    {
        _harness.Orchestrators.Add("Collect", WaitForEvents("e", 3), ReceivedCount("e"));
        await Client.StartNewAsync("Collect", "status", null);
        await _harness.RunUntilIdleAsync();
        (await _harness.StatusAsync("status")).SerializedCustomStatus.ShouldBe("0");

        await Client.RaiseEventAsync("status", "e", null);
        await Client.RaiseEventAsync("status", "e", null);
        await _harness.RunUntilIdleAsync();

        var status = await _harness.StatusAsync("status");
        status.SerializedCustomStatus.ShouldBe("2");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task Timer_FiresOnlyWhenTheClockReachesItsDueTime()
    {
        _harness.Orchestrators.Add("Sleep", Timer(TimeSpan.FromMinutes(10)));
        await Client.StartNewAsync("Sleep", "timer", null);
        var dueAt = _harness.Time.GetUtcNow().AddMinutes(10);
        await _harness.RunUntilIdleAsync();

        _harness.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        await _harness.RunUntilIdleAsync();
        (await _harness.StatusAsync("timer")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);

        _harness.Time.Advance(TimeSpan.FromTicks(1));
        await _harness.RunUntilIdleAsync();

        var status = await _harness.StatusAsync("timer");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<DateTimeOffset>().ShouldBe(dueAt);
        var fired = (await _harness.Engine.GetHistoryAsync("timer")).Single(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TimerFired);
        fired.TimerFired.TimerId.ShouldBe(0);
        fired.TimerFired.FireAt.ToDateTimeOffset().ShouldBe(dueAt);
    }

    [Fact]
    public async Task SendEvent_ToAWaitingInstance_IsDelivered()
    {
        _harness.Orchestrators.Add("Collect", WaitForEvents("ping", 1)).Add("Sender", SendTo("receiver", "ping"));
        await Client.StartNewAsync("Collect", "receiver", null);
        await Client.StartNewAsync("Sender", "sender", "hello");
        await _harness.RunUntilIdleAsync();

        (await _harness.StatusAsync("receiver")).SerializedOutput.ShouldBe("""["hello"]""");
        (await _harness.Engine.GetHistoryAsync("sender")).ShouldContain(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventSent && e.EventId == 0);
    }

    [Fact]
    public async Task ProcessNext_OneStepAtATime_RunsOneEpisodeOrOneActivityPerCall()
    {
        _harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "step", null);

        (await _harness.Engine.ProcessNextAsync()).ShouldBeTrue();
        _harness.Activities.Calls.ShouldBeEmpty();
        (await _harness.Engine.ProcessNextAsync()).ShouldBeTrue();
        _harness.Activities.Calls.Count.ShouldBe(1);
        (await _harness.StatusAsync("step")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
        (await _harness.Engine.ProcessNextAsync()).ShouldBeTrue();

        (await _harness.StatusAsync("step")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        (await _harness.Engine.ProcessNextAsync()).ShouldBeFalse();
    }
}

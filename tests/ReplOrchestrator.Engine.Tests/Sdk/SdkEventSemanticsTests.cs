using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Worker;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Engine.Tests.Sdk;

/// <summary>
/// The SDK 1.28.0 semantics the workflows lean on, proven with the engine underneath: each test fails
/// if an event were lost or delivered twice, or a timer woke the wrong waiter.
/// </summary>
public sealed class SdkEventSemanticsTests : IAsyncLifetime
{
    private static readonly TimeSpan s_wait = TimeSpan.FromMinutes(5);
    private int _fickleRuns;
    private int _strayCalls;
    private SdkEngineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SdkEngineHost.Create(
            worker => worker.AddTasks(tasks => tasks
                .AddActivityFunc<string, string>("Echo", (_, text) => text)
                .AddActivityFunc<string, string>("Stray", (_, text) =>
                {
                    Interlocked.Increment(ref _strayCalls);
                    return text;
                })
                .AddOrchestratorFunc<string>("TimeOutThenWait", TimeOutThenWaitAsync)
                .AddOrchestratorFunc<int[]>("GiveUpThenWaitAgain", GiveUpThenWaitAgainAsync)
                .AddOrchestratorFunc<int, int[]>("Batches", BatchesAsync)
                .AddOrchestratorFunc<DateTime>("CancelledTimer", CancelledTimerAsync)
                .AddOrchestratorFunc<string>("Fickle", context =>
                    context.CallActivityAsync<string>(Interlocked.Increment(ref _fickleRuns) == 1 ? "Echo" : "Stray", "x"))),
            engine => engine.MaxEventsPerEpisode = 2);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WaitForExternalEvent_TimesOut_ThrowsTaskCanceledAndTheNextWaitGetsTheLateEvent()
    {
        await _host.Client.StartNewAsync("TimeOutThenWait", "approval");
        await _host.RunUntilIdleAsync();

        await _host.AdvanceAsync(s_wait);
        (await _host.StatusAsync("approval")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
        await _host.Client.RaiseEventAsync("approval", "approve", "late");
        await _host.RunUntilIdleAsync();

        (await _host.StatusAsync("approval")).ReadOutputAs<string>().ShouldBe("timed out (TaskCanceledException), then late");
    }

    [Fact]
    public async Task WaitForExternalEvent_EventArrivesAfterItsWaiterWasCancelled_GoesToTheNextWaiter()
    {
        await _host.Client.StartNewAsync("GiveUpThenWaitAgain", "race");
        await _host.RunUntilIdleAsync();
        await _host.AdvanceAsync(s_wait); // the deadline wins; the waiter is cancelled

        // No live waiter now: the cancelled one must not swallow it.
        await _host.Client.RaiseEventAsync("race", "signal", 7);
        await _host.RunUntilIdleAsync();
        await _host.AdvanceAsync(s_wait);
        await _host.Client.RaiseEventAsync("race", "signal", 8);
        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("race");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<int[]>().ShouldBe([7, 8]);
    }

    [Fact]
    public async Task ContinueAsNew_PreservingUnprocessedEvents_TheNextGenerationGetsEveryOneInOrder()
    {
        await _host.Client.StartNewAsync("Batches", "batches", 0);
        (await _host.Engine.ProcessNextAsync()).ShouldBeTrue(); // schedules the pause activity
        for (var item = 1; item <= 3; item++)
        {
            await _host.Client.RaiseEventAsync("batches", "item", item);
        }

        // Two episodes take the three items (two per episode): the first generation buffers them.
        (await _host.Engine.ProcessNextAsync()).ShouldBeTrue();
        (await _host.Engine.ProcessNextAsync()).ShouldBeTrue();
        (await _host.Engine.ProcessNextAsync()).ShouldBeTrue(); // the pause activity completes
        await _host.Client.RaiseEventAsync("batches", "item", 4);
        await _host.Client.RaiseEventAsync("batches", "item", 5);

        // One episode takes the completion and item 4 and continues as new; item 5 waits in the inbox.
        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("batches");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<int[]>().ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public async Task CreateTimer_CancelledInTheEpisodeThatCreatedIt_DoesNotWakeTheOrchestrationWhenItFalls()
    {
        var start = _host.Time.GetUtcNow();
        await _host.Client.StartNewAsync("CancelledTimer", "timers");
        await _host.RunUntilIdleAsync();
        (await _host.Engine.GetHistoryAsync("timers")).Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TimerCreated).ShouldBe(2);

        await _host.AdvanceAsync(TimeSpan.FromMinutes(10));
        (await _host.StatusAsync("timers")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
        await _host.AdvanceAsync(TimeSpan.FromMinutes(20));

        var status = await _host.StatusAsync("timers");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<DateTime>().ShouldBe(start.AddMinutes(30).UtcDateTime);
    }

    [Fact]
    public async Task NonDeterministicOrchestrator_FailsTheInstanceAndTheStrayActionIsNotApplied()
    {
        await _host.Client.StartNewAsync("Fickle", "fickle");

        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("fickle");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Failed);
        status.FailureDetails!.ErrorType.ShouldContain("NonDeterministic");
        _strayCalls.ShouldBe(0);
        (await _host.Engine.GetHistoryAsync("fickle")).Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled).ShouldBe(1);
    }

    private static async Task<string> TimeOutThenWaitAsync(TaskOrchestrationContext context)
    {
        string outcome;
        try
        {
            return await context.WaitForExternalEvent<string>("approve", s_wait);
        }
        catch (TaskCanceledException e)
        {
            outcome = $"timed out ({e.GetType().Name})";
        }

        return $"{outcome}, then {await context.WaitForExternalEvent<string>("approve")}";
    }

    // The workflows' race: wait for an event or a deadline, cancel the loser, go on, wait again later.
    private static async Task<int[]> GiveUpThenWaitAgainAsync(TaskOrchestrationContext context)
    {
        using var losers = new CancellationTokenSource();
        var signal = context.WaitForExternalEvent<int>("signal", losers.Token);
        var deadline = context.CreateTimer(s_wait, CancellationToken.None);
        if (await Task.WhenAny(signal, deadline) != deadline)
        {
            return [-1];
        }

        losers.Cancel();
        await context.CreateTimer(s_wait, CancellationToken.None);
        var first = await context.WaitForExternalEvent<int>("signal");
        var second = await context.WaitForExternalEvent<int>("signal");
        return [first, second];
    }

    // Generation 0 buffers the items that come while it pauses, then continues as new keeping them;
    // generation 1 reads five.
    private static async Task<int[]> BatchesAsync(TaskOrchestrationContext context, int generation)
    {
        if (generation == 0)
        {
            await context.CallActivityAsync<string>("Echo", "pause");
            context.ContinueAsNew(1, preserveUnprocessedEvents: true);
            return [];
        }

        var items = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            items.Add(await context.WaitForExternalEvent<int>("item"));
        }

        return [.. items];
    }

    private static async Task<DateTime> CancelledTimerAsync(TaskOrchestrationContext context)
    {
        using (var cancel = new CancellationTokenSource())
        {
            var early = context.CreateTimer(TimeSpan.FromMinutes(10), cancel.Token);
            cancel.Cancel();
            await early.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await context.CreateTimer(TimeSpan.FromMinutes(30), CancellationToken.None);
        return context.CurrentUtcDateTime;
    }
}

using System.Collections.Concurrent;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests.Workers;

/// <summary>
/// The engine as hosts run it: background workers and the timer scheduler, on a driven clock. Waits
/// are bounded by a safety timeout; none waits for a timer on the wall clock.
/// </summary>
public sealed class BackgroundEngineTests : IAsyncLifetime
{
    private const int EpisodeLockLost = 2001;
    private const int ActivityLockRenewed = 3005;
    private static readonly TimeSpan s_safety = TimeSpan.FromSeconds(30);
    private readonly EngineHarness _harness = EngineHarness.Create(
        inMemory: false, o => o with { LockTimeout = TimeSpan.FromSeconds(9), ActivityTimeout = TimeSpan.FromSeconds(40) });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task StartAsync_ManyInstances_AllCompleteInTheBackground()
    {
        _harness.Orchestrators.Add("Hello5", Sequence("Echo", 5));
        await _harness.Engine.StartAsync();

        var ids = Enumerable.Range(0, 40).Select(i => $"bg-{i}").ToList();
        foreach (var id in ids)
        {
            await _harness.Client.StartNewAsync("Hello5", id, null);
        }

        using var timeout = new CancellationTokenSource(s_safety);
        foreach (var id in ids)
        {
            var done = await _harness.Engine.WaitForCompletionAsync(id, timeout.Token);
            done.SerializedOutput.ShouldBe($"""["{id}:0","{id}:1","{id}:2","{id}:3","{id}:4"]""");
        }

        _harness.Activities.Calls.Count.ShouldBe(200);
    }

    [Fact]
    public async Task TimerScheduler_TimerFallsDue_FiresWhenTheClockGetsThere()
    {
        _harness.Orchestrators.Add("Sleep", Timer(TimeSpan.FromHours(2)));
        await _harness.Engine.StartAsync();
        await _harness.Client.StartNewAsync("Sleep", "nap", null);
        await EventuallyAsync(async () => (await _harness.Engine.GetHistoryAsync("nap")).Any(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TimerCreated));

        _harness.Time.Advance(TimeSpan.FromHours(2));

        using var timeout = new CancellationTokenSource(s_safety);
        (await _harness.Engine.WaitForCompletionAsync("nap", timeout.Token)).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task LockRenewal_ActivityLongerThanTheLockTimeout_RunsOnlyOnce()
    {
        var started = new TaskCompletionSource();
        var finish = new TaskCompletionSource();
        var calls = 0;
        _harness.Activities.AddAsync("Slow", async (_, _) =>
        {
            Interlocked.Increment(ref calls);
            started.TrySetResult();
            await finish.Task;
            return "\"slow\"";
        });
        _harness.Orchestrators.Add("UsesSlow", Sequence("Slow", 1));
        await _harness.Engine.StartAsync();
        await _harness.Client.StartNewAsync("UsesSlow", "slow", null);
        await started.Task.WaitAsync(s_safety);

        // Three lock timeouts pass while it runs.
        await AdvanceWithRenewalsAsync(_harness.Options.LockTimeout * 3);

        finish.SetResult();

        using var timeout = new CancellationTokenSource(s_safety);
        (await _harness.Engine.WaitForCompletionAsync("slow", timeout.Token)).SerializedOutput.ShouldBe("""["slow"]""");
        calls.ShouldBe(1);
    }

    [Fact]
    public async Task ActivityTimeout_HungActivity_FailsItsTaskAndFreesTheWorker()
    {
        var started = new TaskCompletionSource();
        var cancelled = new TaskCompletionSource();
        _harness.Activities.AddAsync("Hangs", async (_, cancellationToken) =>
        {
            cancellationToken.Register(() => cancelled.TrySetResult());
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
            return null;
        });
        _harness.Orchestrators.Add("UsesHangs", Sequence("Hangs", 1));
        await _harness.Engine.StartAsync();
        await _harness.Client.StartNewAsync("UsesHangs", "hung", null);
        await started.Task.WaitAsync(s_safety);

        var renewed = await AdvanceWithRenewalsAsync(_harness.Options.ActivityTimeout - TimeSpan.FromSeconds(1));
        _harness.Time.Advance(_harness.Options.ActivityTimeout - renewed);

        using var timeout = new CancellationTokenSource(s_safety);
        var status = await _harness.Engine.WaitForCompletionAsync("hung", timeout.Token);
        status.FailureDetails!.ErrorType.ShouldBe(EngineFailureTypes.ActivityTimedOut);
        await cancelled.Task.WaitAsync(s_safety);
    }

    [Fact]
    public async Task LockExpiry_StuckEpisode_IsTakenOverAndOnlyOneCommitCounts()
    {
        var firstInvocation = new TaskCompletionSource();
        using var releaseFirst = new ManualResetEventSlim();
        var invocations = 0;
        var hello = Sequence("Echo", 1);
        _harness.Orchestrators.Add("StuckOnce", view =>
        {
            if (Interlocked.Increment(ref invocations) == 1)
            {
                firstInvocation.SetResult();
                releaseFirst.Wait(s_safety);
            }

            return hello(view);
        });
        await _harness.Engine.StartAsync();
        await _harness.Client.StartNewAsync("StuckOnce", "stuck", null);
        await firstInvocation.Task.WaitAsync(s_safety);

        _harness.Time.Advance(_harness.Options.LockTimeout + TimeSpan.FromSeconds(1));

        using var timeout = new CancellationTokenSource(s_safety);
        (await _harness.Engine.WaitForCompletionAsync("stuck", timeout.Token)).SerializedOutput.ShouldBe("""["stuck:0"]""");
        releaseFirst.Set();
        await _harness.Logs.WaitForAsync(EpisodeLockLost, 1);
        await _harness.Engine.StopAsync();
        var history = await _harness.Engine.GetHistoryAsync("stuck");
        history.Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled).ShouldBe(1);
        history.Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionCompleted).ShouldBe(1);
        _harness.Activities.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task OrchestrationWorkers_ManyEventsForFewInstances_NeverRunOneInstanceTwiceAtOnce()
    {
        var running = new ConcurrentDictionary<string, int>();
        var overlaps = 0;
        var collect = WaitForEvents("e", 30);
        _harness.Orchestrators.Add("Collect", view =>
        {
            if (running.AddOrUpdate(view.InstanceId, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            Thread.Sleep(1); // widens the window in which a second worker could wrongly enter
            running.AddOrUpdate(view.InstanceId, 0, (_, n) => n - 1);
            return collect(view);
        });
        await _harness.Engine.StartAsync();
        var ids = new[] { "x", "y", "z" };
        foreach (var id in ids)
        {
            await _harness.Client.StartNewAsync("Collect", id, null);
        }

        await Task.WhenAll(ids.SelectMany(id => Enumerable.Range(0, 30).Select(i => _harness.Client.RaiseEventAsync(id, "e", 1))));

        using var timeout = new CancellationTokenSource(s_safety);
        foreach (var id in ids)
        {
            (await _harness.Engine.WaitForCompletionAsync(id, timeout.Token)).ReadOutputAs<int[]>()!.Length.ShouldBe(30);
        }

        overlaps.ShouldBe(0);
    }

    [Fact]
    public async Task RunUntilIdle_WhileRunningInTheBackground_IsRefused()
    {
        await _harness.Engine.StartAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => _harness.Engine.RunUntilIdleAsync());
    }

    [Fact]
    public async Task StopAsync_ThenStartAgain_ResumesWhereItLeftOff()
    {
        _harness.Orchestrators.Add("Collect", WaitForEvents("e", 2));
        await _harness.Engine.StartAsync();
        await _harness.Client.StartNewAsync("Collect", "resume", null);
        await _harness.Client.RaiseEventAsync("resume", "e", 1);
        await _harness.Engine.StopAsync();

        await _harness.Client.RaiseEventAsync("resume", "e", 2);
        await _harness.Engine.StartAsync();

        using var timeout = new CancellationTokenSource(s_safety);
        (await _harness.Engine.WaitForCompletionAsync("resume", timeout.Token)).SerializedOutput.ShouldBe("[1,2]");
    }

    // Moves the clock a renewal period at a time, waiting for each renewal, the way real time lets a
    // running activity keep its lock (one jump past the lock timeout would let another worker in first).
    private async Task<TimeSpan> AdvanceWithRenewalsAsync(TimeSpan atLeast)
    {
        var period = _harness.Options.LockTimeout / 3;
        var moved = TimeSpan.Zero;
        for (var renewal = _harness.Logs.Count(ActivityLockRenewed) + 1; moved + period <= atLeast; renewal++)
        {
            _harness.Time.Advance(period);
            moved += period;
            await _harness.Logs.WaitForAsync(ActivityLockRenewed, renewal);
        }

        return moved;
    }

    // Polls for a commit to become visible (not for time to pass), with the same safety bound.
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(s_safety);
        while (!await condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}

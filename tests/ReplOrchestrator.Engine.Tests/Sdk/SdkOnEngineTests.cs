using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Engine.Tests.Sdk;

/// <summary>
/// The SDK's orchestrators on the engine, through the same protocol messages the Functions host
/// exchanges: what each side tests alone must also hold together.
/// </summary>
public sealed class SdkOnEngineTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ManualTimeProvider _time = new();
    private readonly DurableTaskRegistry _registry = new();
    private DurableEngine _engine = null!;

    public Task InitializeAsync()
    {
        _registry
            .AddActivity<int, int>("Double", (_, n) => Task.FromResult(n * 2))
            .AddActivity<string, string>("Fail", (_, message) => throw new InvalidOperationException(message))
            .AddOrchestrator<int, int>("Sequence", async (context, seed) =>
            {
                var value = seed;
                for (var i = 0; i < 3; i++)
                {
                    value = await context.CallActivityAsync<int>("Double", value);
                    context.SetCustomStatus(new { step = i + 1 });
                }

                return value;
            })
            .AddOrchestrator<string?, string>("WaitOrTimeout", async (context, _) =>
            {
                try
                {
                    return await context.WaitForExternalEvent<string>("approve", TimeSpan.FromMinutes(5));
                }
                catch (TimeoutException)
                {
                    return "timed out";
                }
            })
            .AddOrchestrator<int, int>("Parent", async (context, seed) =>
                await context.CallSubOrchestratorAsync<int>("Sequence", seed, new SubOrchestrationOptions { InstanceId = $"child:{context.InstanceId}" }) + 1)
            .AddOrchestrator<string?, string>("CatchFailure", async (context, _) =>
            {
                try
                {
                    await context.CallActivityAsync<string>("Fail", "probe port closed");
                    return "no failure";
                }
                catch (TaskFailedException e)
                {
                    return e.FailureDetails.ErrorMessage;
                }
            })
            .AddOrchestrator<int, int>("CountAcrossGenerations", async (context, counted) =>
            {
                var value = await context.WaitForExternalEvent<int>("add");
                if (counted + value >= 15)
                {
                    return counted + value;
                }

                context.ContinueAsNew(counted + value);
                return 0;
            });
        _engine = NewEngine();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Sequence_ActivitiesInTurn_CompletesWithTheirResultAndCustomStatus()
    {
        await _engine.Client.StartNewAsync("Sequence", "seq-1", 3);

        await _engine.RunUntilIdleAsync();

        var status = await _engine.Client.GetInstanceAsync("seq-1", getInputsAndOutputs: true);
        status!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<int>().ShouldBe(24);
        status.SerializedCustomStatus.ShouldBe("{\"step\":3}");
    }

    [Fact]
    public async Task WaitOrTimeout_EventBeforeDeadline_ReturnsTheEvent()
    {
        await _engine.Client.StartNewAsync<string?>("WaitOrTimeout", "wait-1", null);
        await _engine.RunUntilIdleAsync();
        _time.Advance(TimeSpan.FromMinutes(4));

        await _engine.Client.RaiseEventAsync<string>("wait-1", "APPROVE", "yes");
        await _engine.RunUntilIdleAsync();

        (await _engine.Client.GetInstanceAsync("wait-1", true))!.ReadOutputAs<string>().ShouldBe("yes");
    }

    [Fact]
    public async Task WaitOrTimeout_NoEventUntilDeadline_TimesOutOnTheDrivenClock()
    {
        await _engine.Client.StartNewAsync<string?>("WaitOrTimeout", "wait-2", null);
        await _engine.RunUntilIdleAsync();

        _time.Advance(TimeSpan.FromMinutes(4));
        await _engine.RunUntilIdleAsync();
        (await _engine.Client.GetInstanceAsync("wait-2"))!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);

        _time.Advance(TimeSpan.FromMinutes(1));
        await _engine.RunUntilIdleAsync();
        (await _engine.Client.GetInstanceAsync("wait-2", true))!.ReadOutputAs<string>().ShouldBe("timed out");
    }

    [Fact]
    public async Task RaiseEvent_PlainTextWhereJsonBelongs_IsRefusedAndNothingIsStored()
    {
        await _engine.Client.StartNewAsync<string?>("WaitOrTimeout", "wait-3", null);
        await _engine.RunUntilIdleAsync();

        var error = await Should.ThrowAsync<ArgumentException>(() => _engine.Client.RaiseEventAsync("wait-3", "approve", "yes"));

        error.Message.ShouldContain("not JSON");
        await _engine.RunUntilIdleAsync();
        (await _engine.GetHistoryAsync("wait-3")).ShouldNotContain(e => e.EventRaised != null);
    }

    [Fact]
    public async Task Parent_SubOrchestrationWithExplicitId_ReturnsChildResult()
    {
        await _engine.Client.StartNewAsync("Parent", "parent-1", 1);

        await _engine.RunUntilIdleAsync();

        (await _engine.Client.GetInstanceAsync("parent-1", true))!.ReadOutputAs<int>().ShouldBe(9);
        (await _engine.Client.GetInstanceAsync("child:parent-1"))!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task CatchFailure_ActivityThrows_OrchestratorSeesItsMessage()
    {
        await _engine.Client.StartNewAsync<string?>("CatchFailure", "fail-1", null);

        await _engine.RunUntilIdleAsync();

        (await _engine.Client.GetInstanceAsync("fail-1", true))!.ReadOutputAs<string>().ShouldBe("probe port closed");
    }

    [Fact]
    public async Task CountAcrossGenerations_EventsRaisedTogether_AreCarriedIntoEachGenerationAndSurviveARestart()
    {
        await _engine.Client.StartNewAsync("CountAcrossGenerations", "count-1", 0);
        for (var i = 1; i <= 5; i++)
        {
            await _engine.Client.RaiseEventAsync("count-1", "add", i);
        }

        // Run part of the way, restart as a crash would, then finish.
        await _engine.ProcessNextAsync();
        await _engine.DisposeAsync();
        _engine = NewEngine();
        await _engine.RunUntilIdleAsync();

        var status = await _engine.Client.GetInstanceAsync("count-1", true);
        status!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<int>().ShouldBe(15);
    }

    private DurableEngine NewEngine() => new(
        new EngineOptions { DatabasePath = Path.Combine(_directory.Path, "hub.db") },
        new InProcessOrchestrationInvoker(_registry),
        new InProcessActivityInvoker(_registry),
        _time);
}

using Microsoft.DurableTask.Client;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests.Workers;

/// <summary>What was accepted before a restart is all there after it.</summary>
public sealed class RestartTests : IAsyncLifetime
{
    private readonly EngineHarness _harness = EngineHarness.Create(inMemory: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Restart_TimerSetBefore_FiresAfter()
    {
        _harness.Orchestrators.Add("Sleep", Timer(TimeSpan.FromMinutes(30)));
        await _harness.Client.StartNewAsync("Sleep", "nap", null);
        await _harness.RunUntilIdleAsync();

        await _harness.RestartAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(30));
        await _harness.RunUntilIdleAsync();

        (await _harness.StatusAsync("nap")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
    }

    [Fact]
    public async Task Restart_StartedAndSignalledButNotRun_RunsAfter()
    {
        _harness.Orchestrators.Add("Collect", WaitForEvents("e", 1)).Add("Hello3", Sequence("Echo", 3));
        await _harness.Client.StartNewAsync("Hello3", "seq", null);
        await _harness.Client.StartNewAsync("Collect", "wait", null);
        await _harness.Client.RaiseEventAsync("wait", "e", "kept");

        await _harness.RestartAsync();
        await _harness.RunUntilIdleAsync();

        (await _harness.StatusAsync("seq")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        (await _harness.StatusAsync("wait")).SerializedOutput.ShouldBe("""["kept"]""");
    }
}

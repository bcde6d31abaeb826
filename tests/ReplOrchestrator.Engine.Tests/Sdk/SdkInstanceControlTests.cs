using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Engine.Tests.Sdk;

/// <summary>Terminate, suspend and resume reach SDK orchestrations through the engine's history events.</summary>
public sealed class SdkInstanceControlTests : IAsyncLifetime
{
    private SdkEngineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SdkEngineHost.Create(worker => worker.AddTasks(tasks => tasks
            .AddOrchestratorFunc<int[]>("Collect", async context =>
            {
                var first = await context.WaitForExternalEvent<int>("n");
                var second = await context.WaitForExternalEvent<int>("n");
                return [first, second];
            })
            .AddOrchestratorFunc("Forever", context => context.CreateTimer(TimeSpan.FromDays(30), CancellationToken.None))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Suspend_EventsRaisedMeanwhile_ReachTheOrchestrationInOrderAfterResume()
    {
        await _host.Client.StartNewAsync("Collect", "sus");
        await _host.RunUntilIdleAsync();

        await _host.Client.SuspendInstanceAsync("sus", "maintenance");
        await _host.Client.RaiseEventAsync("sus", "n", 1);
        await _host.Client.RaiseEventAsync("sus", "n", 2);
        await _host.RunUntilIdleAsync();
        (await _host.StatusAsync("sus")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Suspended);

        await _host.Client.ResumeInstanceAsync("sus", "done");
        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("sus");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<int[]>().ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Terminate_WaitingOnATimer_EndsTerminatedWithTheOutputAndNothingPending()
    {
        await _host.Client.StartNewAsync("Forever", "forever");
        await _host.RunUntilIdleAsync();

        await _host.Client.TerminateInstanceAsync("forever", new { reason = "decommissioned" });
        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("forever");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Terminated);
        status.SerializedOutput.ShouldBe("""{"reason":"decommissioned"}""");
        (await _host.AdvanceAsync(TimeSpan.FromDays(30))).ShouldBe(0);
    }
}

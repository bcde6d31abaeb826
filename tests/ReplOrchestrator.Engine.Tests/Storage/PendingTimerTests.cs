using Microsoft.Data.Sqlite;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using ReplOrchestrator.TestUtilities.Durable;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests.Storage;

/// <summary>
/// Bounded timers: when an execution ends (continued as new, completed, failed, terminated) its pending
/// timers are deleted in the same commit. They could only bring messages the instance drops, and a
/// monitor that waits with a timeout in every generation would otherwise leave one behind each time.
/// </summary>
public sealed class PendingTimerTests : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromHours(1);
    private readonly EngineHarness _harness = EngineHarness.Create(inMemory: false);

    public Task InitializeAsync()
    {
        // Waits for "e" with a one-hour timeout timer; then does what the event says.
        _harness.Orchestrators.Add("WaitThenEnd", view => view.EventsRaised.FirstOrDefault() is not { } e
            ? [Actions.CreateTimer(0, view.StartedAt + s_timeout)]
            : [e.Input == "\"fail\"" ? Actions.Fail(1, "Test", "told to") : Actions.Complete(1, null)]);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("complete", OrchestrationRuntimeStatus.Completed)]
    [InlineData("fail", OrchestrationRuntimeStatus.Failed)]
    [InlineData("terminate", OrchestrationRuntimeStatus.Terminated)]
    public async Task ExecutionEnds_ItsPendingTimerIsDeleted(string ending, OrchestrationRuntimeStatus expected)
    {
        await _harness.Client.StartNewAsync("WaitThenEnd", "w", null);
        await _harness.RunUntilIdleAsync();
        PendingTimers(_harness.Options.DatabasePath, "w").ShouldBe(1);

        await (ending == "terminate" ? _harness.Client.TerminateInstanceAsync("w") : _harness.Client.RaiseEventAsync("w", "e", ending));
        await _harness.RunUntilIdleAsync();

        (await _harness.StatusAsync("w")).RuntimeStatus.ShouldBe(expected);
        PendingTimers(_harness.Options.DatabasePath, "w").ShouldBe(0);
    }

    [Fact]
    public async Task ExecutionEnds_ATimerCreatedInItsLastEpisodeIsNotStored()
    {
        _harness.Orchestrators.Add("TimerAndDone", view => [Actions.CreateTimer(0, view.Now + s_timeout), Actions.Complete(1, null)]);

        await _harness.Client.StartNewAsync("TimerAndDone", "t", null);
        await _harness.RunUntilIdleAsync();

        (await _harness.StatusAsync("t")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        PendingTimers(_harness.Options.DatabasePath, "t").ShouldBe(0);
    }

    [Fact]
    public async Task ContinueAsNew_EveryGenerationWaitsWithATimeout_PendingTimersDoNotPileUp()
    {
        await using var host = SdkEngineHost.Create(worker => worker.AddTasks(tasks => tasks
            .AddOrchestratorFunc<int, int>("Monitor", async (context, generation) =>
            {
                try
                {
                    await context.WaitForExternalEvent<int>("beat", s_timeout);
                }
                catch (TaskCanceledException)
                {
                    // A missed beat counts as one too.
                }

                if (generation < 20)
                {
                    context.ContinueAsNew(generation + 1);
                }

                return generation;
            })));
        await host.Client.StartNewAsync("Monitor", "m", 0);
        await host.RunUntilIdleAsync();

        for (var beat = 0; beat < 20; beat++)
        {
            await host.Client.RaiseEventAsync("m", "beat", beat);
            await host.RunUntilIdleAsync();
            PendingTimers(host.DatabasePath, "m").ShouldBe(1, $"after beat {beat} only the waiting generation's timeout is pending");
        }

        await host.AdvanceAsync(s_timeout);

        (await host.StatusAsync("m")).ReadOutputAs<int>().ShouldBe(20);
        PendingTimers(host.DatabasePath, "m").ShouldBe(0);
    }

    // Read beside the running engine: WAL lets a second connection see every committed episode.
    private static long PendingTimers(string databasePath, string instanceId)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Timers WHERE InstanceId = $id";
        command.Parameters.AddWithValue("$id", instanceId);
        return (long)command.ExecuteScalar()!;
    }
}

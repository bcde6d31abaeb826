using Microsoft.Extensions.Logging;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Replay;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

public sealed class ReplaySafeLoggerTests
{
    [Fact]
    public void CreateReplaySafeLogger_MessagesWrittenDuringReplay_AreDropped()
    {
        var logs = new RecordingLoggerFactory();
        var registry = new DurableTaskRegistry().AddOrchestrator<string?, string>("Chatty", async (context, _) =>
        {
            var logger = context.CreateReplaySafeLogger("Workflows.Chatty");
            logger.LogInformation("before the activity");
            await context.CallActivityAsync("Work");
            logger.LogInformation("after the activity");
            return "done";
        });
        var runner = new OrchestrationRunner(registry, logs);
        var history = HistoryBuilder.Start("Chatty").TaskScheduled(0, "Work").NewEpisode().TaskCompleted(0).Build();

        runner.Run(history);

        logs.Entries.Where(e => e.Category == "Workflows.Chatty").Select(e => e.Message).ShouldBe(["after the activity"]);
    }

    [Fact]
    public void Run_OrchestrationFails_IsLoggedOnceAsAWarning()
    {
        var logs = new RecordingLoggerFactory();
        var registry = new DurableTaskRegistry().AddOrchestrator<string?, string>("Broken", (_, _) => throw new InvalidOperationException("no"));

        new OrchestrationRunner(registry, logs).Run(HistoryBuilder.Start("Broken").Build());

        var entry = logs.Entries.ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Warning);
        entry.Message.ShouldBe($"Orchestration {HistoryBuilder.InstanceId} (Broken) failed: System.InvalidOperationException: no");
    }
}

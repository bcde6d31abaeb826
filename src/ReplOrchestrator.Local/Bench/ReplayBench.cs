using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Replay;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench replay</c>: a completed orchestration of N sequential activities, encoded as the Functions
/// extension sends it, replayed from bytes (decode, replay, encode) for about two seconds per size.
/// </summary>
internal static class ReplayBench
{
    private static readonly TimeSpan s_perSize = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output, CancellationToken cancellationToken)
    {
        var registry = new DurableTaskRegistry()
            .AddActivity<int, int>("Step", (_, n) => Task.FromResult(n))
            .AddOrchestrator<int, int>("Sequence", async (context, count) =>
            {
                var total = 0;
                for (var i = 0; i < count; i++)
                {
                    total += await context.CallActivityAsync<int>("Step", i);
                }

                return total;
            });
        var runner = new OrchestrationRunner(registry);
        foreach (var activities in sizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = History(activities);
            var bytes = request.ToByteArray();
            var check = OrchestratorResponse.Parser.ParseFrom(runner.Run(bytes));
            if (check.Actions.SingleOrDefault()?.CompleteOrchestration?.OrchestrationStatus != OrchestrationStatus.Completed)
            {
                throw new InvalidOperationException($"The {activities}-activity history did not replay to a completion.");
            }

            var replays = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < s_perSize)
            {
                runner.Run(bytes);
                replays++;
            }

            await BenchOutput.WriteAsync(output, new
            {
                benchmark = "replay",
                activities,
                historyEvents = request.PastEvents.Count + request.NewEvents.Count,
                replayMicros = Math.Round(clock.Elapsed.TotalMicroseconds / replays, 2),
                requestBytes = bytes.Length,
            });
        }
    }

    // OrchestratorStarted, ExecutionStarted, then per activity TaskScheduled, OrchestratorCompleted,
    // OrchestratorStarted, TaskCompleted; the last completion arrives as the new event.
    private static OrchestratorRequest History(int activities)
    {
        var at = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));
        var request = new OrchestratorRequest { InstanceId = "bench-replay" };
        request.PastEvents.Add(new HistoryEvent { EventId = -1, Timestamp = at, OrchestratorStarted = new() });
        request.PastEvents.Add(new HistoryEvent
        {
            EventId = -1,
            Timestamp = at,
            ExecutionStarted = new ExecutionStartedEvent
            {
                Name = "Sequence", Input = activities.ToString(System.Globalization.CultureInfo.InvariantCulture),
                OrchestrationInstance = new OrchestrationInstance { InstanceId = "bench-replay", ExecutionId = "e1" },
            },
        });
        for (var i = 0; i < activities; i++)
        {
            var input = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            request.PastEvents.Add(new HistoryEvent { EventId = i, Timestamp = at, TaskScheduled = new TaskScheduledEvent { Name = "Step", Input = input } });
            request.PastEvents.Add(new HistoryEvent { EventId = -1, Timestamp = at, OrchestratorCompleted = new() });
            var completion = new HistoryEvent { EventId = -1, Timestamp = at, TaskCompleted = new TaskCompletedEvent { TaskScheduledId = i, Result = input } };
            var started = new HistoryEvent { EventId = -1, Timestamp = at, OrchestratorStarted = new() };
            var target = i == activities - 1 ? request.NewEvents : request.PastEvents;
            target.Add(started);
            target.Add(completion);
        }

        return request;
    }
}

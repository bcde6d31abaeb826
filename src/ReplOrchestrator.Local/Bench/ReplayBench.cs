using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Worker.Grpc;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench replay</c>: a completed orchestration of N sequential activities, encoded as the Functions
/// extension sends it, replayed from bytes by Microsoft's runner (base64 decode, replay, encode) for about
/// two seconds per size, after a warm-up of the same length: the first hundred runs are still jitted.
/// </summary>
internal static class ReplayBench
{
    private static readonly TimeSpan s_perSize = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output, CancellationToken cancellationToken)
    {
        static async Task<int> Sequence(TaskOrchestrationContext context, int count)
        {
            var total = 0;
            for (var i = 0; i < count; i++)
            {
                total += await context.CallActivityAsync<int>("Step", i);
            }

            return total;
        }

        string Run(string request) => GrpcOrchestrationRunner.LoadAndRun<int, int>(request, Sequence);
        foreach (var activities in sizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var request = History(activities);
            var bytes = request.ToByteArray();
            var encoded = Convert.ToBase64String(bytes);
            var check = OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(Run(encoded)));
            if (check.Actions.SingleOrDefault()?.CompleteOrchestration?.OrchestrationStatus != OrchestrationStatus.Completed)
            {
                throw new InvalidOperationException($"The {activities}-activity history did not replay to a completion.");
            }

            var warmUp = Stopwatch.StartNew();
            while (warmUp.Elapsed < s_perSize)
            {
                Run(encoded);
            }

            var replays = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < s_perSize)
            {
                Run(encoded);
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

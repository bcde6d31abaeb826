using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench replay --extended-sessions</c>: what one episode of a monitor costs once its generation holds N
/// signals, replayed from its whole history (as the engine runs it) and from Microsoft's extended-sessions
/// cache, which keeps the replayed orchestration in memory and needs only the new events.
/// </summary>
internal static class ExtendedSessionBench
{
    private const string InstanceId = "vm:bench:vm-000";
    private static readonly TimeSpan s_perSize = TimeSpan.FromSeconds(2);
    private static readonly Timestamp s_at = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public static async Task RunAsync(IReadOnlyList<int> sizes, TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var signals in sizes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var full = Encode(History(signals), includeState: true, extended: false);
            var fullMicros = Measure(() => GrpcOrchestrationRunner.LoadAndRun(full, new Monitor()));
            var cachedMicros = MeasureCached(signals);
            await BenchOutput.WriteAsync(output, new
            {
                benchmark = "replay",
                mode = "monitor",
                signals,
                historyEvents = (signals * 3) + 2,
                replayMicros = Math.Round(fullMicros, 2),
                extendedSessionMicros = Math.Round(cachedMicros, 2),
            });
        }
    }

    // The cached orchestration moves on with every episode, so each measured episode takes the next signal.
    private static double MeasureCached(int signals)
    {
        using var cache = new ExtendedSessionsCache();
        var monitor = new Monitor();
        GrpcOrchestrationRunner.LoadAndRun(Encode(History(signals), includeState: true, extended: true), monitor, cache);
        var next = Encode(NextSignal(), includeState: false, extended: true);
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < s_perSize)
        {
            GrpcOrchestrationRunner.LoadAndRun(next, monitor, cache);
        }

        return Measure(() => GrpcOrchestrationRunner.LoadAndRun(next, monitor, cache));
    }

    private static double Measure(Func<string> episode)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < s_perSize)
        {
            episode();
        }

        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_perSize)
        {
            episode();
            runs++;
        }

        return clock.Elapsed.TotalMicroseconds / runs;
    }

    // A generation that has taken N signals and receives the next one.
    private static OrchestratorRequest History(int signals)
    {
        var request = new OrchestratorRequest { InstanceId = InstanceId, ExecutionId = "e1" };
        request.PastEvents.Add(new HistoryEvent { EventId = -1, Timestamp = s_at, OrchestratorStarted = new() });
        request.PastEvents.Add(new HistoryEvent
        {
            EventId = -1,
            Timestamp = s_at,
            ExecutionStarted = new ExecutionStartedEvent { Name = "Monitor", Input = "null", OrchestrationInstance = new OrchestrationInstance { InstanceId = InstanceId, ExecutionId = "e1" } },
        });
        for (var i = 0; i < signals; i++)
        {
            request.PastEvents.Add(new HistoryEvent { EventId = -1, Timestamp = s_at, OrchestratorCompleted = new() });
            request.PastEvents.Add(new HistoryEvent { EventId = -1, Timestamp = s_at, OrchestratorStarted = new() });
            request.PastEvents.Add(Signal());
        }

        request.NewEvents.AddRange(NextSignal().NewEvents);
        return request;
    }

    private static OrchestratorRequest NextSignal()
    {
        var request = new OrchestratorRequest { InstanceId = InstanceId, ExecutionId = "e1" };
        request.NewEvents.Add(new HistoryEvent { EventId = -1, Timestamp = s_at, OrchestratorStarted = new() });
        request.NewEvents.Add(Signal());
        return request;
    }

    private static HistoryEvent Signal() =>
        new() { EventId = -1, Timestamp = s_at, EventRaised = new EventRaisedEvent { Name = "signal", Input = "{\"kind\":\"observation\"}" } };

    private static string Encode(OrchestratorRequest request, bool includeState, bool extended)
    {
        if (extended)
        {
            request.Properties["IsExtendedSession"] = Value.ForBool(true);
            request.Properties["ExtendedSessionIdleTimeoutInSeconds"] = Value.ForNumber(60);
            request.Properties["IncludeState"] = Value.ForBool(includeState);
        }

        return request.ToByteString().ToBase64();
    }

    // An eternal monitor's shape: wait for a signal, fold it in, wait again.
    private sealed class Monitor : TaskOrchestrator<object?, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, object? input)
        {
            var taken = 0;
            while (true)
            {
                await context.WaitForExternalEvent<object>("signal");
                taken++;
            }
        }
    }
}

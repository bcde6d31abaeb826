using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Benchmarks.Engine;

/// <summary>
/// Engine throughput and latency on this machine, one JSON line per measurement:
/// <c>hello5</c> (N orchestrations of five sequential activities, all started at once: the Durable Task
/// backends' "HelloCities5" shape, ten events per orchestration), <c>fanout100</c> (orchestrations of
/// 100 parallel activities, 200 events each), and <c>timers</c> (how late durable timers fire).
/// Events are counted as those backends count them: an activity call and its result are two events.
/// </summary>
internal static class EngineBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        var orchestrations = 1000;
        var inMemory = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--orchestrations" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out orchestrations) && orchestrations > 0:
                    i++;
                    break;
                case "--memory":
                    inMemory = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: engine [--orchestrations N] [--memory]");
                    return 2;
            }
        }

        var storage = inMemory ? "memory" : "file";
        await SequenceAsync(inMemory, Math.Min(100, orchestrations)); // warm-up: JIT, SQLite, thread pool
        Print(await SequenceAsync(inMemory, orchestrations), storage);
        Print(await FanOutAsync(inMemory, Math.Max(1, orchestrations / 10)), storage);
        Print(await TimersAsync(inMemory, Math.Min(500, orchestrations)), storage);
        return 0;
    }

    private static async Task<Dictionary<string, object?>> SequenceAsync(bool inMemory, int count)
    {
        var run = await RunToCompletionAsync(inMemory, SampleOrchestrations.Sequence("SayHello", 5), count);
        return Throughput("hello5", count, run, eventsPerOrchestration: 10);
    }

    private static async Task<Dictionary<string, object?>> FanOutAsync(bool inMemory, int count)
    {
        var run = await RunToCompletionAsync(inMemory, SampleOrchestrations.FanOut("SayHello", 100), count);
        return Throughput("fanout100", count, run, eventsPerOrchestration: 200);
    }

    private static async Task<RunFigures> RunToCompletionAsync(
        bool inMemory, Func<HistoryView, IEnumerable<OrchestratorAction>> orchestrator, int count)
    {
        var orchestrations = new ScriptedOrchestrationInvoker { RecordRequests = false }.Add("Bench", orchestrator);
        var emptySize = await EmptyDatabaseSizeAsync(inMemory, orchestrations);
        await using var bench = await BenchEngine.StartAsync(inMemory, orchestrations, Activities());
        var ids = Enumerable.Range(0, count).Select(i => $"bench-{i:D6}").ToList();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select(id => bench.Engine.Client.ScheduleNewOrchestrationInstanceAsync("Bench", new StartOrchestrationOptions(id))));
        await Task.WhenAll(ids.Select(id => bench.Engine.Client.WaitForInstanceCompletionAsync(id)));
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var size = await bench.StopAndMeasureAsync();
        return new RunFigures(seconds, cpuSeconds, size is { } full ? (full - emptySize!.Value) / count : null);
    }

    // Timers due one after another, 5 ms apart, starting three seconds from now (after the start burst); each reports how long
    // after its due time its TimerFired episode ran (scheduler wake-up, two commits, the invocation).
    private static async Task<Dictionary<string, object?>> TimersAsync(bool inMemory, int count)
    {
        var lateness = new ConcurrentBag<double>();
        var orchestrations = new ScriptedOrchestrationInvoker { RecordRequests = false }.Add("Nap", view =>
        {
            if (view.Request.NewEvents.FirstOrDefault(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TimerFired) is not { } fired)
            {
                return [Actions.CreateTimer(0, DateTimeOffset.Parse(JsonSerializer.Deserialize<string>(view.Input!)!, CultureInfo.InvariantCulture))];
            }

            lateness.Add((TimeProvider.System.GetUtcNow() - fired.TimerFired.FireAt.ToDateTimeOffset()).TotalMilliseconds);
            return [Actions.Complete(1, null)];
        });
        await using var bench = await BenchEngine.StartAsync(inMemory, orchestrations, Activities());
        var ids = Enumerable.Range(0, count).Select(i => $"nap-{i:D6}").ToList();
        var first = TimeProvider.System.GetUtcNow().AddSeconds(3);
        await Task.WhenAll(ids.Select((id, i) => bench.Engine.Client.ScheduleNewOrchestrationInstanceAsync("Nap", first.AddMilliseconds(5 * i).ToString("O"), new StartOrchestrationOptions(id))));

        await Task.WhenAll(ids.Select(id => bench.Engine.Client.WaitForInstanceCompletionAsync(id)));
        var sorted = lateness.Order().ToList();
        return new()
        {
            ["benchmark"] = "timers",
            ["timers"] = count,
            ["p50Ms"] = Math.Round(sorted[sorted.Count / 2], 2),
            ["p99Ms"] = Math.Round(sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.99) - 1)], 2),
            ["maxMs"] = Math.Round(sorted[^1], 2),
        };
    }

    private static async Task<long?> EmptyDatabaseSizeAsync(bool inMemory, ScriptedOrchestrationInvoker orchestrations)
    {
        await using var empty = await BenchEngine.StartAsync(inMemory, orchestrations, Activities());
        return await empty.StopAndMeasureAsync();
    }

    private static ScriptedActivityInvoker Activities() => new ScriptedActivityInvoker().Add("SayHello", call => $"\"Hello, {call.SerializedInput?.Trim('"')}!\"");

    // cpuMsPerOrchestration is the process's CPU time (all threads) per orchestration: steadier than
    // wall time on a machine shared with other work.
    private static Dictionary<string, object?> Throughput(string name, int count, RunFigures run, int eventsPerOrchestration) => new()
    {
        ["benchmark"] = name,
        ["orchestrations"] = count,
        ["seconds"] = Math.Round(run.Seconds, 3),
        ["orchestrationsPerSec"] = Math.Round(count / run.Seconds, 1),
        ["eventsPerSec"] = Math.Round(count * eventsPerOrchestration / run.Seconds, 1),
        ["cpuMsPerOrchestration"] = Math.Round(run.CpuSeconds * 1000 / count, 3),
        ["bytesPerOrchestration"] = run.BytesPerOrchestration,
    };

    private sealed record RunFigures(double Seconds, double CpuSeconds, long? BytesPerOrchestration);

    private static void Print(Dictionary<string, object?> measurement, string storage)
    {
        measurement["storage"] = storage;
        measurement["processors"] = Environment.ProcessorCount;
        Console.WriteLine(JsonSerializer.Serialize(measurement));
    }
}

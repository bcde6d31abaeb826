using System.Diagnostics;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.Engine;

namespace ReplOrchestrator.Local.Bench;

/// <summary><c>bench engine</c>: N HelloCities5 orchestrations started at once on the embedded engine, until all complete.</summary>
internal static class EngineBench
{
    public static async Task RunAsync(int orchestrations, bool inMemory, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("replorchestrator-bench-");
        try
        {
            var registry = HelloCities.Register(new DurableTaskRegistry());
            var options = new EngineOptions { DatabasePath = inMemory ? EngineOptions.InMemory : Path.Combine(folder.FullName, "bench.db") };
            await using var engine = new DurableEngine(options, new InProcessOrchestrationInvoker(registry), new InProcessActivityInvoker(registry));
            await engine.StartAsync(cancellationToken);
            var ids = Enumerable.Range(0, orchestrations).Select(i => $"hello-{i:000000}").ToList();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (id, token) => await engine.Client.StartNewAsync<string?>(HelloCities.Orchestrator, id, null, token));
            foreach (var id in ids)
            {
                var done = await engine.WaitForCompletionAsync(id, cancellationToken);
                if (done.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
                {
                    throw new InvalidOperationException($"{id} ended {done.RuntimeStatus}: {done.FailureDetails}");
                }
            }

            var seconds = clock.Elapsed.TotalSeconds;
            await engine.StopAsync(cancellationToken);
            await BenchOutput.WriteAsync(output, new
            {
                benchmark = "engine",
                database = inMemory ? "memory" : "file",
                orchestrations,
                seconds = Math.Round(seconds, 3),
                orchestrationsPerSec = Math.Round(orchestrations / seconds, 1),
                eventsPerSec = Math.Round(orchestrations * HelloCities.EventsPerOrchestration / seconds, 1),
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

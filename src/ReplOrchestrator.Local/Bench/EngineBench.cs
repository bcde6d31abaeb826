using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Engine.Hosting;

namespace ReplOrchestrator.Local.Bench;

/// <summary><c>bench engine</c>: N HelloCities5 orchestrations started at once on the embedded engine, until all complete.</summary>
internal static class EngineBench
{
    public static async Task RunAsync(int orchestrations, bool inMemory, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("replorchestrator-bench-");
        try
        {
            var services = new ServiceCollection();
            services.AddDurableTaskWorker(worker => worker
                .AddTasks(HelloCities.Register)
                .UseEmbeddedEngine(engine => engine.DatabasePath = inMemory ? EngineOptions.InMemory : Path.Combine(folder.FullName, "bench.db")));
            await using var provider = services.BuildServiceProvider();
            var engine = provider.GetRequiredService<DurableEngine>();
            await engine.StartAsync(cancellationToken);
            var ids = Enumerable.Range(0, orchestrations).Select(i => $"hello-{i:000000}").ToList();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (id, token) => await engine.Client.ScheduleNewOrchestrationInstanceAsync(HelloCities.Orchestrator, new StartOrchestrationOptions(id), token));
            foreach (var id in ids)
            {
                var done = await engine.Client.WaitForInstanceCompletionAsync(id, cancellationToken);
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

using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Engine.Hosting;

namespace ReplOrchestrator.Engine.CrashHost;

/// <summary>
/// Runs <see cref="SdkCrashWorkload"/> as an application would: a generic host, the worker registered with
/// <c>AddDurableTaskWorker(…).UseEmbeddedEngine(…)</c>, the system clock, the engine started by the host.
/// </summary>
public static class SdkCrashHost
{
    public static async Task<int> RunAsync(string database, string effects, int instances)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDurableTaskWorker(worker => worker
            .AddTasks(tasks => SdkCrashWorkload.AddTasks(tasks, effects))
            .UseEmbeddedEngine(options => options.DatabasePath = database));
        using var host = builder.Build();
        await host.StartAsync();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        var ids = Enumerable.Range(0, instances).Select(SdkCrashWorkload.InstanceId).ToList();
        // Every status deduplicates: an instance a killed run started, even finished, is not started again.
        var ifAbsent = Enum.GetNames<OrchestrationRuntimeStatus>();
        foreach (var id in ids)
        {
            try
            {
                await client.ScheduleNewOrchestrationInstanceAsync(SdkCrashWorkload.Orchestrator, new StartOrchestrationOptions(id) { DedupeStatuses = ifAbsent });
            }
            catch (InvalidOperationException)
            {
                // Started by an earlier run.
            }
        }

        Console.WriteLine("started");
        foreach (var id in ids)
        {
            await client.WaitForInstanceCompletionAsync(id);
        }

        Console.WriteLine("done");
        await host.StopAsync();
        return 0;
    }
}

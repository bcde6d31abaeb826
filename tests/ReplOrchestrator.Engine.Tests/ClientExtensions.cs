using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>Shorthands for the client calls the contract tests make over and over.</summary>
internal static class ClientExtensions
{
    /// <summary>Starts an instance with an explicit id; the input goes through the engine's data converter.</summary>
    public static Task<string> StartNewAsync(this DurableTaskClient client, string orchestrator, string instanceId, object? input = null) =>
        client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId));

    /// <summary>The first page a query returns.</summary>
    public static async Task<Page<OrchestrationMetadata>> FirstPageAsync(this DurableTaskClient client, OrchestrationQuery query)
    {
        await foreach (var page in client.GetAllInstancesAsync(query).AsPages())
        {
            return page;
        }

        throw new InvalidOperationException("A query returns at least one page.");
    }
}

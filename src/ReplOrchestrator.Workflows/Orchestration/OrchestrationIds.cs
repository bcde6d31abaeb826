using Microsoft.DurableTask;

namespace ReplOrchestrator.Workflows.Orchestration;

/// <summary>Ids an orchestration makes, the same on every replay.</summary>
internal static class OrchestrationIds
{
    /// <summary>A new alert signal id from the orchestration's deterministic <see cref="TaskOrchestrationContext.NewGuid"/>.</summary>
    public static string NewSignalId(this TaskOrchestrationContext context) => context.NewGuid().ToString("N");
}

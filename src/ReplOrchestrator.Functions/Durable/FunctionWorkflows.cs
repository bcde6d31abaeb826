using Microsoft.DurableTask;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Functions.Durable;

/// <summary>
/// The workflows as the function app registers them. Every orchestrator and every activity that needs no
/// durable client goes through the shared registration; the Durable extension turns each into a function.
/// The activities that start or signal instances are the functions in <see cref="Activities.ClientActivityFunctions"/>
/// instead, because in the isolated worker a <c>DurableTaskClient</c> exists only as a <c>[DurableClient]</c>
/// binding of a function: registering them here too would declare those functions twice.
/// </summary>
internal static class FunctionWorkflows
{
    /// <summary>Registers the orchestrators and the client-free activities.</summary>
    /// <exception cref="ArgumentException">The options are invalid (every problem is listed).</exception>
    public static DurableTaskRegistry Register(DurableTaskRegistry registry, WorkflowOptions options) =>
        registry.AddReplicationOrchestrators(options).AddClientFreeActivities();
}

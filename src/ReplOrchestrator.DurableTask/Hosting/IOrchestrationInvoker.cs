using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Hosting;

/// <summary>
/// How an engine runs one orchestration episode: it sends the instance's history as an
/// <see cref="OrchestratorRequest"/> and applies the <see cref="OrchestratorResponse"/>'s actions.
/// </summary>
/// <remarks>
/// The in-process implementation calls the SDK's replay function; another calls a custom handler over
/// HTTP the way the Functions host does. Either way the engine only ever sees protocol messages, so
/// the path that runs in Azure is the path that runs locally. An implementation never throws for a
/// failing orchestrator: it answers with a FAILED completion action.
/// </remarks>
public interface IOrchestrationInvoker
{
    /// <summary>True when an orchestrator with this name can be run.</summary>
    bool IsRegistered(string orchestratorName);

    /// <summary>Runs one episode of the named orchestrator.</summary>
    ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken);
}

using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// How the engine runs one orchestration episode: it sends the instance's history as an
/// <see cref="OrchestratorRequest"/> and applies the <see cref="OrchestratorResponse"/>'s actions.
/// </summary>
/// <remarks>
/// <see cref="SdkOrchestrationInvoker"/> hands the request to Microsoft's replay runner, the path the
/// Azure Functions isolated worker takes for orchestration triggers; tests answer with scripted
/// protocol-level orchestrators. Either way the engine only ever sees protocol messages. An
/// implementation never throws for a failing orchestrator: it answers with a FAILED completion action.
/// </remarks>
public interface IOrchestrationInvoker
{
    /// <summary>True when an orchestrator with this name can be run.</summary>
    bool IsRegistered(string orchestratorName);

    /// <summary>Runs one episode of the named orchestrator.</summary>
    ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken);
}

using Microsoft.Extensions.Logging;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Replay;

namespace ReplOrchestrator.DurableTask.Hosting;

/// <summary>Runs orchestration episodes in this process through the replay function (<see cref="OrchestrationRunner"/>).</summary>
/// <remarks>
/// The episode runs synchronously on the calling thread; the returned task is already complete.
/// Every failure is a FAILED completion action in the response, never an exception.
/// </remarks>
public sealed class InProcessOrchestrationInvoker : IOrchestrationInvoker
{
    private readonly DurableTaskRegistry _registry;
    private readonly OrchestrationRunner _runner;

    /// <summary>Creates an invoker over the registered orchestrators.</summary>
    /// <param name="registry">The orchestrators it can run; registration must be complete.</param>
    /// <param name="loggerFactory">For replay messages and orchestrators' replay-safe loggers; defaults to none.</param>
    public InProcessOrchestrationInvoker(DurableTaskRegistry registry, ILoggerFactory? loggerFactory = null)
    {
        _runner = new OrchestrationRunner(registry, loggerFactory);
        _registry = registry;
    }

    /// <inheritdoc />
    public bool IsRegistered(string orchestratorName) => _registry.ContainsOrchestrator(orchestratorName);

    /// <inheritdoc />
    public ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_runner.Run(request, orchestratorName));
}

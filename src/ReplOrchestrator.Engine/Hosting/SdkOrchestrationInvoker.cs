using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// Runs orchestration episodes with Microsoft's Durable Task SDK: the orchestrator comes from the worker's
/// <see cref="IDurableTaskFactory"/>, and <see cref="GrpcOrchestrationRunner"/> replays it over the request,
/// the way the Azure Functions isolated worker runs orchestration triggers.
/// </summary>
/// <remarks>
/// The episode runs synchronously on the calling thread. A failing orchestrator (an exception, a
/// non-deterministic replay) is a FAILED completion in the response, never an exception.
/// </remarks>
public sealed class SdkOrchestrationInvoker : IOrchestrationInvoker
{
    private readonly IDurableTaskFactory _factory;
    private readonly IServiceProvider _services;
    private readonly RunnerServices _runnerServices;
    private readonly ConcurrentDictionary<string, bool> _registered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an invoker over the orchestrators a worker registered.</summary>
    /// <param name="factory">Creates orchestrators by name (the worker's, as its build target receives it).</param>
    /// <param name="services">The host's services: orchestrators are created in a scope of them.</param>
    /// <param name="workerOptions">The worker's options; their data converter serializes orchestration payloads.</param>
    /// <param name="loggerFactory">For the SDK's replay-safe loggers; none when omitted.</param>
    public SdkOrchestrationInvoker(IDurableTaskFactory factory, IServiceProvider services, DurableTaskWorkerOptions workerOptions, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(workerOptions);
        _factory = factory;
        _services = services;
        _runnerServices = new RunnerServices(services, workerOptions, loggerFactory ?? NullLoggerFactory.Instance);
    }

    /// <inheritdoc />
    /// <remarks>Names are case-insensitive, as the SDK's registry has them. The answer is kept: registrations do not change.</remarks>
    public bool IsRegistered(string orchestratorName) =>
        _registered.GetOrAdd(orchestratorName, name => TryCreate(name, _services, out _));

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No orchestrator has the name.</exception>
    public async ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = _services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            if (!TryCreate(orchestratorName, scope.ServiceProvider, out var orchestrator))
            {
                throw new InvalidOperationException($"No orchestrator named '{orchestratorName}' is registered with the worker.");
            }

            var encoded = GrpcOrchestrationRunner.LoadAndRun(request.ToByteString().ToBase64(), orchestrator, _runnerServices);
            return OrchestratorResponse.Parser.ParseFrom(ByteString.FromBase64(encoded));
        }
    }

    private bool TryCreate(string name, IServiceProvider services, out ITaskOrchestrator orchestrator) =>
        _factory.TryCreateOrchestrator(new TaskName(name), services, out orchestrator!);
}

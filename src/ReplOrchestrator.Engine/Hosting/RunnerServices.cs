using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// The services handed to <c>GrpcOrchestrationRunner.LoadAndRun</c>. The runner builds its shim factory with
/// <c>ActivatorUtilities</c>, which takes <see cref="DurableTaskWorkerOptions"/> only when the provider
/// answers for that type itself; the options pattern registers it as <c>IOptionsMonitor</c>, so without
/// this the runner silently falls back to default options (and the default, PascalCase, data converter).
/// </summary>
/// <remarks>
/// It also answers the shim factory itself, built once: the runner would otherwise build one by reflection
/// for every episode.
/// </remarks>
/// <param name="inner">Answers every other service.</param>
/// <param name="workerOptions">The worker builder's named options.</param>
/// <param name="loggerFactory">The host's logger factory.</param>
internal sealed class RunnerServices(IServiceProvider inner, DurableTaskWorkerOptions workerOptions, ILoggerFactory loggerFactory) : IServiceProvider
{
    private readonly DurableTaskShimFactory _shims = new(workerOptions, loggerFactory);

    public object? GetService(Type serviceType) =>
        serviceType == typeof(DurableTaskWorkerOptions) ? workerOptions
        : serviceType == typeof(ILoggerFactory) ? loggerFactory
        : serviceType == typeof(DurableTaskShimFactory) ? _shims
        : inner.GetService(serviceType);
}

using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// The services handed to <c>GrpcOrchestrationRunner.LoadAndRun</c>. The runner builds its shim factory with
/// <c>ActivatorUtilities</c>, which takes <see cref="DurableTaskWorkerOptions"/> only when the provider
/// answers for that type itself; the options pattern registers it as <c>IOptionsMonitor</c>, so without
/// this the runner silently falls back to default options (and the default, PascalCase, data converter).
/// </summary>
/// <param name="inner">Answers every other service.</param>
/// <param name="workerOptions">The worker builder's named options.</param>
/// <param name="loggerFactory">The host's logger factory.</param>
internal sealed class RunnerServices(IServiceProvider inner, DurableTaskWorkerOptions workerOptions, ILoggerFactory loggerFactory) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(DurableTaskWorkerOptions) ? workerOptions
        : serviceType == typeof(ILoggerFactory) ? loggerFactory
        : inner.GetService(serviceType);
}

using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Engine;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>Runs the embedded engine's workers for as long as the host runs; a stop lets running episodes finish.</summary>
internal sealed class EngineService(DurableEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(cancellationToken);
}

using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Agent.Embedding;

/// <summary>
/// The lifetime of an agent inside another process: the process that started it stops it. The console lifetime
/// would take Ctrl+C and SIGTERM away from that process, once per agent.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    /// <inheritdoc/>
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

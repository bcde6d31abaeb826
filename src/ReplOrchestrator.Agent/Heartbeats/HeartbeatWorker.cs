using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Agent.Configuration;

namespace ReplOrchestrator.Agent.Heartbeats;

/// <summary>Sends a heartbeat every interval; after commands ran, sends the next at once so their results do not wait.</summary>
internal sealed class HeartbeatWorker(HeartbeatCycle cycle, AgentOptions options, TimeProvider time) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var (_, ran) = await cycle.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            if (ran == 0)
            {
                await Task.Delay(options.Interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}

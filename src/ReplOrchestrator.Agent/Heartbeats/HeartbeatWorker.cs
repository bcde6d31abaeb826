using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Agent.Configuration;

namespace ReplOrchestrator.Agent.Heartbeats;

/// <summary>Sends a heartbeat every interval; after commands ran, sends the next at once so their results do not wait.</summary>
internal sealed class HeartbeatWorker(HeartbeatCycle cycle, AgentOptions options, TimeProvider time, ILogger<HeartbeatWorker> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var ran = 0;
            try
            {
                (_, ran) = await cycle.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A full disk or a host command gone wrong must not end the watch: the next interval tries again,
                // and whatever was on disk before the failure is still owed.
                Log.CycleFailed(logger, e.GetType().Name, e.Message);
            }

            if (ran == 0)
            {
                await Task.Delay(options.Interval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}

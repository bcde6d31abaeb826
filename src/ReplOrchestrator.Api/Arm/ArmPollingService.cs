using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Api.Arm;

/// <summary>The local host's ARM poller: polls at start, then every <see cref="ArmOptions.PollInterval"/> on the host's clock.</summary>
public sealed partial class ArmPollingService(ArmPoller poller, ArmOptions options, DurableTaskClient client, TimeProvider time, ILogger<ArmPollingService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await poller.PollDueAsync(client, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A poll the task hub could not store is repeated at the next interval; the loop must outlive it.
                LogPollFailed(e.GetType().Name, e.Message);
            }

            try
            {
                await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 6306, Level = LogLevel.Error, Message = "ARM poll failed ({Kind}): {Reason}")]
    private partial void LogPollFailed(string kind, string reason);
}

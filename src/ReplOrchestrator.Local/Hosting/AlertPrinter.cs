using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>Prints each alert the embedded topic carries, one line each, for <c>serve</c>.</summary>
internal sealed class AlertPrinter(EmbeddedAlertTopic topic, TextWriter output) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var alerts = topic.Subscribe();
        var lines = new AlertLines();
        try
        {
            await foreach (var alert in alerts.ReadAllAsync(stoppingToken))
            {
                await output.WriteLineAsync(lines.Next(alert));
                await output.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

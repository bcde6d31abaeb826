using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>Prints each alert the embedded topic carries, one line each, for <c>serve</c>.</summary>
internal sealed class AlertPrinter(EmbeddedAlertTopic topic, TextWriter output) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var alerts = topic.Subscribe();
        try
        {
            await foreach (var alert in alerts.ReadAllAsync(stoppingToken))
            {
                await output.WriteLineAsync(Format(alert));
                await output.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One line: status, severity, dedup key, summary.</summary>
    public static string Format(Alert alert) =>
        $"{alert.LastSeen:HH:mm:ss} {(alert.Status == AlertStatus.Firing ? "FIRING  " : "RESOLVED")} {alert.Severity,-8} {alert.DedupKey}  {alert.Summary}";
}

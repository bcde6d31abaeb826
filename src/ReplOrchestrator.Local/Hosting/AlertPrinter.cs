using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>Prints each alert the embedded topic carries, one line each, for <c>serve</c>.</summary>
internal sealed class AlertPrinter : BackgroundService
{
    private readonly TextWriter _output;
    private readonly AlertLines _lines;
    private readonly ChannelReader<Alert> _alerts;

    /// <summary>
    /// Reads what the journal holds and subscribes at once: the host builds every hosted service before it starts
    /// any, so nothing is published between the two and no alert is missed or counted twice.
    /// </summary>
    public AlertPrinter(EmbeddedAlertTopic topic, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(topic);
        _output = output;
        _lines = AlertLines.Resume(topic.JournalPath);
        _alerts = topic.Subscribe();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var alert in _alerts.ReadAllAsync(stoppingToken))
            {
                await _output.WriteLineAsync(_lines.Next(alert));
                await _output.FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}

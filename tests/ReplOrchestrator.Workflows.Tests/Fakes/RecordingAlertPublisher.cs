using System.Collections.Concurrent;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Tests.Fakes;

/// <summary>The alerts topic as a list: every published alert, in order. Can be told to refuse.</summary>
internal sealed class RecordingAlertPublisher : IAlertPublisher
{
    private readonly ConcurrentQueue<Alert> _published = new();

    public IReadOnlyList<Alert> All => [.. _published];

    /// <summary>While true, publishing fails as a broker outage would.</summary>
    public bool Refusing { get; set; }

    public Task PublishAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (Refusing)
        {
            throw new InvalidOperationException("the alerts topic is unavailable");
        }

        _published.Enqueue(alert);
        return Task.CompletedTask;
    }

    public IReadOnlyList<Alert> For(string code) => [.. All.Where(a => a.Code == code)];
}

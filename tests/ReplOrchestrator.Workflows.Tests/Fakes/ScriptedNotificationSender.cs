using System.Collections.Concurrent;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Notifications;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Tests.Fakes;

/// <summary>
/// A notification target that answers as the scenario says (accepted unless told otherwise) and records every
/// attempt; the real senders are tested against a real listener and a real SMTP server in the API tests.
/// </summary>
internal sealed class ScriptedNotificationSender(TimeProvider time) : INotificationSender
{
    private readonly ConcurrentQueue<DeliveryResult> _answers = new();

    public ConcurrentQueue<(DateTimeOffset At, DeliveryRequest Request, DeliveryResult Result)> Attempts { get; } = new();

    /// <summary>The accepted notifications, in order.</summary>
    public IReadOnlyList<DeliveryRequest> Delivered => [.. Attempts.Where(a => a.Result is DeliveryResult.Delivered).Select(a => a.Request)];

    /// <summary>When set, every attempt fails with it (an outage) until cleared.</summary>
    public DeliveryResult? Outage { get; set; }

    /// <summary>The next attempts answer these, in order, before the outage or acceptance.</summary>
    public void Answer(params DeliveryResult[] answers)
    {
        foreach (var answer in answers)
        {
            _answers.Enqueue(answer);
        }
    }

    public Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var answer = _answers.TryDequeue(out var scripted) ? scripted : Outage ?? new DeliveryResult.Delivered();
        Attempts.Enqueue((time.GetUtcNow(), request, answer));
        return Task.FromResult(answer);
    }
}

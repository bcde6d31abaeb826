using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>A <see cref="ServiceBusSender"/> (through the SDK's mocking constructor) that keeps what is sent.</summary>
internal sealed class RecordingSender : ServiceBusSender
{
    public ConcurrentQueue<ServiceBusMessage> Sent { get; } = new();

    public override string EntityPath => "alerts";

    public override Task SendMessageAsync(ServiceBusMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}

using Azure.Messaging.ServiceBus;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>
/// A peek-lock <see cref="ServiceBusReceiver"/> (through the SDK's mocking constructor) over an in-memory
/// queue: receive takes messages off it, and each settlement is recorded.
/// </summary>
internal sealed class RecordingReceiver : ServiceBusReceiver
{
    private readonly Queue<ServiceBusReceivedMessage> _queue = new();
    private readonly Lock _gate = new();

    public List<ServiceBusReceivedMessage> Completed { get; } = [];

    public List<(ServiceBusReceivedMessage Message, string Reason, string? Description)> DeadLettered { get; } = [];

    public List<ServiceBusReceivedMessage> Abandoned { get; } = [];

    public int Receives { get; private set; }

    /// <summary>Runs at each receive, before messages are taken (a test moves its clock here).</summary>
    public Action? OnReceive { get; set; }

    public int Queued
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public override string EntityPath => "heartbeats";

    public override ServiceBusReceiveMode ReceiveMode => ServiceBusReceiveMode.PeekLock;

    public void Enqueue(params ServiceBusReceivedMessage[] messages)
    {
        lock (_gate)
        {
            foreach (var message in messages)
            {
                _queue.Enqueue(message);
            }
        }
    }

    public override Task<IReadOnlyList<ServiceBusReceivedMessage>> ReceiveMessagesAsync(int maxMessages, TimeSpan? maxWaitTime = null, CancellationToken cancellationToken = default)
    {
        OnReceive?.Invoke();
        lock (_gate)
        {
            Receives++;
            var batch = new List<ServiceBusReceivedMessage>();
            while (batch.Count < maxMessages && _queue.TryDequeue(out var message))
            {
                batch.Add(message);
            }

            return Task.FromResult<IReadOnlyList<ServiceBusReceivedMessage>>(batch);
        }
    }

    public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Completed.Add(message);
        }

        return Task.CompletedTask;
    }

    public override Task DeadLetterMessageAsync(ServiceBusReceivedMessage message, string deadLetterReason, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            DeadLettered.Add((message, deadLetterReason, deadLetterErrorDescription));
        }

        return Task.CompletedTask;
    }

    public override Task AbandonMessageAsync(ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Abandoned.Add(message);
        }

        return Task.CompletedTask;
    }
}

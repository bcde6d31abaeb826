using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ReplOrchestrator.Local.Demo;

/// <summary>What the demo's own Teams and SMTP sinks received, in arrival order, for the live lines and the summary.</summary>
internal sealed class DemoInbox
{
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();
    private readonly Channel<ReceivedNotification> _arrivals = Channel.CreateUnbounded<ReceivedNotification>();

    public IReadOnlyList<ReceivedNotification> Received => [.. _received];

    public ChannelReader<ReceivedNotification> Arrivals => _arrivals.Reader;

    public void Add(ReceivedNotification notification)
    {
        _received.Enqueue(notification);
        _arrivals.Writer.TryWrite(notification);
    }
}

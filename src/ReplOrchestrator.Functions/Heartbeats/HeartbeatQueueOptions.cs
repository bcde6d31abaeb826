namespace ReplOrchestrator.Functions.Heartbeats;

/// <summary>How the timer drains the <c>heartbeats</c> queue.</summary>
internal sealed class HeartbeatQueueOptions
{
    /// <summary>Messages asked for per receive.</summary>
    /// <value>Defaults to 50.</value>
    public int BatchSize { get; init; } = 50;

    /// <summary>How long a receive waits for a first message before the queue counts as empty.</summary>
    /// <value>Defaults to 1 second.</value>
    public TimeSpan ReceiveWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one run keeps taking batches. Below <see cref="HeartbeatQueueFunction.Schedule"/>'s period, so a
    /// busy queue is drained in turns rather than by one run that never ends; locks (1 minute) outlast a batch.
    /// </summary>
    /// <value>Defaults to 8 seconds.</value>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(8);
}

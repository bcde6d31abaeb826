namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>One wait for an external event; its result is the event's JSON payload.</summary>
internal sealed class EventWaiter(string name)
{
    // Synchronous continuations on purpose: see OpenTask.
    private readonly TaskCompletionSource<string?> _arrival = new();

    public string Name { get; } = name;

    public Task<string?> Task => _arrival.Task;

    public LinkedListNode<EventWaiter> Node { get; set; } = null!;

    public CancellationTokenRegistration Cancellation { get; set; }

    public void Complete(string? payload)
    {
        Cancellation.Dispose();
        _arrival.TrySetResult(payload);
    }

    public void Cancel(CancellationToken cancellationToken) => _arrival.TrySetCanceled(cancellationToken);
}

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>One wait for an external event; its result is the event's JSON payload.</summary>
internal sealed class EventWaiter(string name)
{
    // Synchronous continuations on purpose: see OpenTask.
    private readonly TaskCompletionSource<string?> _arrival = new();

    public string Name { get; } = name;

    public Task<string?> Task => _arrival.Task;

    public LinkedListNode<EventWaiter> Node { get; set; } = null!;

    public CancellationToken CancellationToken { get; private set; }

    private CancellationTokenRegistration Cancellation { get; set; }

    /// <summary>Cancels the wait when <paramref name="cancellationToken"/> is cancelled on the replay thread.</summary>
    public void CancelWith(CancellationToken cancellationToken, Action<EventWaiter> onCancel)
    {
        CancellationToken = cancellationToken;
        Cancellation = cancellationToken.Register(() => onCancel(this));
    }

    public void Complete(string? payload)
    {
        Cancellation.Dispose();
        _arrival.TrySetResult(payload);
    }

    public void Cancel() => _arrival.TrySetCanceled(CancellationToken);
}

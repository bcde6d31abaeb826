namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// Something the orchestrator's code awaits that history completes: its result is a JSON payload,
/// and it may be cancelled by a token the code holds.
/// </summary>
internal abstract class DurableCompletion
{
    // Synchronous continuations on purpose: the executor completes the source and the awaiting code
    // runs inline, on the replay thread, up to its next await, before the next history event.
    private readonly TaskCompletionSource<string?> _completion = new();
    private CancellationTokenRegistration _cancellation;

    public Task<string?> Task => _completion.Task;

    public CancellationToken CancellationToken { get; private set; }

    /// <summary>Runs <paramref name="onCancel"/> when <paramref name="cancellationToken"/> is cancelled.</summary>
    public void CancelWith(CancellationToken cancellationToken, Action onCancel)
    {
        CancellationToken = cancellationToken;
        _cancellation = cancellationToken.Register(onCancel);
    }

    public void Complete(string? payload)
    {
        _cancellation.Dispose();
        _completion.TrySetResult(payload);
    }

    public void Fail(Exception exception)
    {
        _cancellation.Dispose();
        _completion.TrySetException(exception);
    }

    public void Cancel() => _completion.TrySetCanceled(CancellationToken);
}

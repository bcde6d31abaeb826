namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// Wakes every waiting worker when new work may be ready. A worker takes <see cref="Next"/> before it
/// looks for work, then waits on it: a pulse in between is never lost.
/// </summary>
internal sealed class WorkSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next <see cref="Pulse"/>.</summary>
    public Task Next
    {
        get
        {
            lock (_gate)
            {
                return _next.Task;
            }
        }
    }

    /// <summary>Wakes everyone waiting on the current <see cref="Next"/>.</summary>
    public void Pulse()
    {
        TaskCompletionSource pulsed;
        lock (_gate)
        {
            pulsed = _next;
            _next = NewSource();
        }

        pulsed.TrySetResult();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

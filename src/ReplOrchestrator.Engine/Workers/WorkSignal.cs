namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// Tells idle workers that work may be ready, waking only as many as there are new items, so a
/// commit that queues one activity does not send every idle worker to the database. A pulse nobody
/// is waiting for is kept (up to one per worker): a worker that was busy when it came still sees it.
/// </summary>
/// <param name="maxKept">The most pulses kept for workers not yet waiting: the number of workers.</param>
internal sealed class WorkSignal(int maxKept)
{
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource<bool>> _waiters = new();
    private int _kept;

    /// <summary>Wakes up to <paramref name="count"/> workers.</summary>
    public void Pulse(int count = 1)
    {
        lock (_gate)
        {
            while (count > 0 && _waiters.TryDequeue(out var waiter))
            {
                if (waiter.TrySetResult(true))
                {
                    count--;
                }
            }

            _kept = Math.Min(maxKept, _kept + count);
        }
    }

    /// <summary>Returns at a pulse (or at once for a kept one), or when <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        TaskCompletionSource<bool> waiter;
        lock (_gate)
        {
            if (_kept > 0)
            {
                _kept--;
                return;
            }

            waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue(waiter);
        }

        try
        {
            await Sleep.UntilAsync(waiter.Task, timeout, time, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Completing it marks it gone: a later pulse skips it and wakes someone still waiting.
            waiter.TrySetResult(false);
        }
    }
}

namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// Callers waiting for an instance to change (start, finish), woken after each committed episode of
/// it. A woken caller reads the instance again and waits again if it has not got what it waits for.
/// </summary>
internal sealed class InstanceWaiters
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>Completes after the next committed episode of the instance (register before reading its status).</summary>
    public Task WaitAsync(string instanceId)
    {
        lock (_gate)
        {
            if (!_waiters.TryGetValue(instanceId, out var waiter))
            {
                waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add(instanceId, waiter);
            }

            return waiter.Task;
        }
    }

    public void Notify(string instanceId)
    {
        TaskCompletionSource? waiter;
        lock (_gate)
        {
            if (!_waiters.Remove(instanceId, out waiter))
            {
                return;
            }
        }

        waiter.TrySetResult();
    }
}

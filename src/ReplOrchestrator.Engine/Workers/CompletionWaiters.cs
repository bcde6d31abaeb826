namespace ReplOrchestrator.Engine.Workers;

/// <summary>Callers waiting for instances to finish, woken after the commit that finishes them.</summary>
internal sealed class CompletionWaiters
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>Completes after the next commit that finishes the instance (register before checking its status).</summary>
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

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// Keeps orchestrator code on the replay thread. Await continuations normally run inline when the
/// executor completes a task; whatever is posted instead (a <c>Task.Yield</c>, a continuation on a
/// deep stack) is queued and run before the executor reads the next history event. A post from any
/// other thread means the orchestrator awaited something that is not durable; it is counted, and the
/// episode fails rather than race the executor.
/// </summary>
internal sealed class ReplaySynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _work = new();
    private readonly int _ownerThreadId = Environment.CurrentManagedThreadId;
    private int _strayPosts;

    /// <summary>True when the calling thread is the replay thread.</summary>
    public bool IsOwnerThread => Environment.CurrentManagedThreadId == _ownerThreadId;

    /// <summary>True when code tried to continue on another thread.</summary>
    public bool HasStrayWork => Volatile.Read(ref _strayPosts) > 0;

    public override void Post(SendOrPostCallback d, object? state)
    {
        if (IsOwnerThread)
        {
            _work.Enqueue((d, state));
        }
        else
        {
            Interlocked.Increment(ref _strayPosts);
        }
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        if (IsOwnerThread)
        {
            d(state);
        }
        else
        {
            Interlocked.Increment(ref _strayPosts);
        }
    }

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued work, including work that it queues, until none is left.</summary>
    public void RunPending()
    {
        while (_work.TryDequeue(out var item))
        {
            item.Callback(item.State);
        }
    }
}

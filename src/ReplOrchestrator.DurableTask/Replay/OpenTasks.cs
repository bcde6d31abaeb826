namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// Tasks the code awaits whose completion has not arrived: activities, sub-orchestrations and timers,
/// by the sequence number their completion event refers to.
/// </summary>
internal sealed class OpenTasks
{
    private readonly Dictionary<int, OpenTask> _open = [];

    public OpenTask Open(int sequenceNumber, ScheduledAction scheduled)
    {
        var task = new OpenTask(sequenceNumber, scheduled);
        _open.Add(sequenceNumber, task);
        return task;
    }

    /// <summary>
    /// Removes and returns the open task a completion event refers to. A completion for a number that
    /// is not open (a duplicate, or a timer that was cancelled) or of another kind gives
    /// <see langword="null"/> and is ignored, as DTFx does.
    /// </summary>
    public OpenTask? Close(int sequenceNumber, ScheduledKind kind)
    {
        if (!_open.TryGetValue(sequenceNumber, out var task) || task.Scheduled.Kind != kind)
        {
            return null;
        }

        _open.Remove(sequenceNumber);
        return task;
    }

    /// <summary>Forgets an open task whose wait was cancelled.</summary>
    public bool Abandon(int sequenceNumber) => _open.Remove(sequenceNumber);

    /// <summary>
    /// True when a task's token is cancelled but the task is still open: its cancellation callback
    /// did not run on the replay thread (<c>CancelAsync</c>, or a cancel from another thread).
    /// </summary>
    public bool HasMissedCancellation() => _open.Values.Any(task => task.CancellationToken.IsCancellationRequested);
}

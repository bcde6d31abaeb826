namespace ReplOrchestrator.DurableTask.Replay;

internal sealed partial class ReplayOrchestrationContext
{
    public override Task CreateTimer(DateTimeOffset fireAt, CancellationToken cancellationToken = default)
    {
        EnsureOnReplayThread();
        return fireAt - CurrentUtcDateTime > MaximumTimerInterval
            ? CreateLongTimerAsync(fireAt, cancellationToken)
            : CreateSingleTimer(fireAt, cancellationToken);
    }

    // Each leg starts from the time its predecessor was seen to fire, so the legs replay identically.
    private async Task CreateLongTimerAsync(DateTimeOffset fireAt, CancellationToken cancellationToken)
    {
        while (fireAt - CurrentUtcDateTime > MaximumTimerInterval)
        {
            await CreateSingleTimer(CurrentUtcDateTime + MaximumTimerInterval, cancellationToken);
        }

        await CreateSingleTimer(fireAt, cancellationToken);
    }

    private Task CreateSingleTimer(DateTimeOffset fireAt, CancellationToken cancellationToken)
    {
        // An already-cancelled timer takes no sequence number; the token's state is itself deterministic.
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var scheduled = new ScheduledAction(ScheduledKind.Timer, null);
        var id = _state.Actions.Add(scheduled, fireAt: fireAt);
        var timer = _state.OpenTasks.Open(id, scheduled);
        if (cancellationToken.CanBeCanceled)
        {
            timer.CancelWith(cancellationToken, () => CancelTimer(timer));
        }

        return timer.Task;
    }

    private void CancelTimer(OpenTask timer)
    {
        EnsureOnReplayThread();
        if (_state.OpenTasks.Abandon(timer.SequenceNumber))
        {
            _state.Actions.Withdraw(timer.SequenceNumber);
            timer.Cancel();
        }
    }
}

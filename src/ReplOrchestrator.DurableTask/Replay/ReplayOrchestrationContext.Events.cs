using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Replay;

internal sealed partial class ReplayOrchestrationContext
{
    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        EnsureOnReplayThread();
        return ReadAsync<T>(WaitForEvent(eventName, cancellationToken));
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return WaitForExternalEvent<T>(eventName, cancellationToken);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        EnsureOnReplayThread();
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        // An event already kept needs no timer, so it takes no sequence number.
        if (_state.Inbox.TryTake(eventName, out var payload))
        {
            return ReadAsync<T>(Task.FromResult(payload));
        }

        return timeout == TimeSpan.Zero
            ? Task.FromException<T>(NoEventIn(eventName, timeout))
            : WaitWithTimerAsync<T>(eventName, timeout, cancellationToken);
    }

    private static TimeoutException NoEventIn(string eventName, TimeSpan timeout) =>
        new($"No '{eventName}' event arrived within {timeout}.");

    private async Task<T> WaitWithTimerAsync<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var waitCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = CreateTimer(CurrentUtcDateTime + timeout, timerCancellation.Token);
        var arrival = WaitForEvent(eventName, waitCancellation.Token);

        if (await Task.WhenAny(arrival, timer) == arrival)
        {
            // Withdraws the timer if it was created in this episode, so the race leaves nothing behind.
            // Cancel, not CancelAsync: the callbacks must run here, on the replay thread.
            timerCancellation.Cancel();
            return DurableJson.Deserialize<T>(await arrival)!;
        }

        waitCancellation.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        throw NoEventIn(eventName, timeout);
    }

    private Task<string?> WaitForEvent(string eventName, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<string?>(cancellationToken);
        }

        if (_state.Inbox.TryTake(eventName, out var payload))
        {
            return Task.FromResult(payload);
        }

        var waiter = _state.Inbox.Wait(eventName);
        if (cancellationToken.CanBeCanceled)
        {
            waiter.CancelWith(cancellationToken, () => CancelWait(waiter));
        }

        return waiter.Task;
    }

    private void CancelWait(EventWaiter waiter)
    {
        EnsureOnReplayThread();
        if (_state.Inbox.Abandon(waiter))
        {
            waiter.Cancel();
        }
    }
}

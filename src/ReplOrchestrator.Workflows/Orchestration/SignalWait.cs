using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Workflows.Orchestration;

/// <summary>
/// Waits for an orchestration's next signal, racing it against a deadline and any running child
/// tasks. Whatever loses the race is cancelled, so no abandoned waiter takes a later signal and no
/// abandoned timer lingers.
/// </summary>
internal static class SignalWait
{
    /// <summary>The next signal, or <see langword="null"/> once <paramref name="until"/> passed first.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="until">The deadline; <see langword="null"/> waits without one.</param>
    public static async Task<T?> NextAsync<T>(OrchestrationContext context, DateTimeOffset? until)
        where T : class
    {
        if (until is not { } deadline)
        {
            return await context.WaitForExternalEvent<T>(EventNames.Signal);
        }

        var remaining = deadline - context.CurrentUtcDateTime;
        try
        {
            // A deadline already passed still takes a signal that arrived before it was noticed.
            return await context.WaitForExternalEvent<T>(EventNames.Signal, remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Whichever comes first: a signal, one of <paramref name="children"/> finishing, or the deadline.</summary>
    public static async Task<SignalRace<T>> RaceAsync<T>(OrchestrationContext context, DateTimeOffset? until, IReadOnlyCollection<Task> children)
        where T : class
    {
        if (children.Count == 0)
        {
            var signal = await NextAsync<T>(context, until);
            return signal is null ? SignalRace<T>.Deadline : new SignalRace<T>(signal, null, false);
        }

        using var losers = new CancellationTokenSource();
        var signalTask = context.WaitForExternalEvent<T>(EventNames.Signal, losers.Token);
        var timer = until is { } deadline ? context.CreateTimer(deadline, losers.Token) : null;

        // Argument order decides ties and replays the same way: signals first, the deadline last.
        List<Task> candidates = [signalTask, .. children];
        if (timer is not null)
        {
            candidates.Add(timer);
        }

        var winner = await Task.WhenAny(candidates);
        losers.Cancel();
        if (winner == signalTask)
        {
            return new SignalRace<T>(await signalTask, null, false);
        }

        return winner == timer ? SignalRace<T>.Deadline : new SignalRace<T>(null, winner, false);
    }
}

/// <summary>What ended a <see cref="SignalWait.RaceAsync{T}"/>: exactly one of the three.</summary>
/// <param name="Signal">The signal that arrived.</param>
/// <param name="Child">The child task that finished.</param>
/// <param name="DeadlinePassed">True when the deadline came first.</param>
internal readonly record struct SignalRace<T>(T? Signal, Task? Child, bool DeadlinePassed)
    where T : class
{
    public static SignalRace<T> Deadline => new(null, null, true);
}

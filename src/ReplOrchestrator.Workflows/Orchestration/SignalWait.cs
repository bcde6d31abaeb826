using Microsoft.DurableTask;

namespace ReplOrchestrator.Workflows.Orchestration;

/// <summary>
/// Waits for an orchestration's next signal, racing it against a deadline and any running child
/// tasks. Whatever loses the race is cancelled, so no abandoned waiter takes a later signal.
/// </summary>
/// <remarks>
/// The SDK records every timer it is asked for, even one cancelled in the same episode, and a recorded
/// timer later fires into an episode with nothing to do. So a race already decided when it starts (a
/// signal kept while the orchestration was busy, a child already finished, a deadline already passed)
/// creates no timer; a race decided later in the same episode leaves its timer behind. For the same
/// reason the waits here do not use <c>WaitForExternalEvent(name, timeout)</c>: it creates its timer
/// before it looks for a kept signal, and for a zero timeout waits an episode for that timer to fire.
/// </remarks>
internal static class SignalWait
{
    /// <summary>The next signal, or <see langword="null"/> once <paramref name="until"/> passed first.</summary>
    /// <param name="context">The orchestration context.</param>
    /// <param name="until">The deadline; <see langword="null"/> waits without one.</param>
    public static async Task<T?> NextAsync<T>(TaskOrchestrationContext context, DateTimeOffset? until)
        where T : class =>
        (await RaceAsync<T>(context, until, [])).Signal;

    /// <summary>Whichever comes first: a signal, one of <paramref name="children"/> finishing, or the deadline.</summary>
    public static async Task<SignalRace<T>> RaceAsync<T>(TaskOrchestrationContext context, DateTimeOffset? until, IReadOnlyCollection<Task> children)
        where T : class
    {
        using var losers = new CancellationTokenSource();
        var signalTask = context.WaitForExternalEvent<T>(EventNames.Signal, losers.Token);

        // Argument order decides ties and replays the same way: signals first, the deadline last.
        List<Task> candidates = [signalTask, .. children];
        Task? timer = null;
        var winner = candidates.Find(c => c.IsCompleted);
        if (winner is null && until is { } deadline)
        {
            // A deadline already passed still takes what was ready (above), but waits no longer and needs no timer.
            if (deadline <= context.Now())
            {
                losers.Cancel();
                return SignalRace<T>.Deadline;
            }

            timer = context.CreateTimer(deadline.UtcDateTime, losers.Token);
            candidates.Add(timer);
        }

        winner ??= await Task.WhenAny(candidates);
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

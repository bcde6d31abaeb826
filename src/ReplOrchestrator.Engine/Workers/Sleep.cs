namespace ReplOrchestrator.Engine.Workers;

/// <summary>Sleeping on the engine's clock until woken.</summary>
internal static class Sleep
{
    /// <summary>Returns when <paramref name="wake"/> completes or <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task UntilAsync(Task wake, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        // The delay is cancelled once woken: a pending delay holds a timer until it expires.
        using var sleeping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, sleeping.Token);
        await Task.WhenAny(wake, delay).ConfigureAwait(false);
        await sleeping.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }
}

using Microsoft.Extensions.Logging;
using ReplOrchestrator.Engine.Storage;

namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// Fires durable timers: moves every due timer into its instance's inbox, then sleeps until the next
/// due time, or until an episode creates a timer (which may be due sooner). No polling.
/// </summary>
internal sealed class TimerScheduler(IEngineStore store, TimeProvider time, EngineSignals signals, ILogger logger)
{
    // Long sleeps are cut into pieces, which also bounds the effect of a jump of the system clock.
    private static readonly TimeSpan s_longestSleep = TimeSpan.FromHours(1);

    /// <summary>Fires every timer due now.</summary>
    public async Task<TimerPromotion> FireDueAsync()
    {
        var promotion = await store.FireDueTimersAsync().ConfigureAwait(false);
        if (promotion.Fired > 0)
        {
            Log.TimersFired(logger, promotion.Fired);
            signals.Orchestrations.Pulse(promotion.Fired);
        }

        return promotion;
    }

    /// <summary>One background step: fire what is due, then say how long to sleep (zero when a timer is already due again).</summary>
    public async Task<TimeSpan> StepAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var promotion = await FireDueAsync().ConfigureAwait(false);
        if (promotion.NextDueAt is not { } due)
        {
            return s_longestSleep;
        }

        var sleep = due - time.GetUtcNow();
        return sleep < s_longestSleep ? sleep : s_longestSleep;
    }
}

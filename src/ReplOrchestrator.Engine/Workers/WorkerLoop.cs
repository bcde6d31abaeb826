using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Engine.Workers;

/// <summary>
/// A background worker: runs a step again at once while the step says it found work, otherwise
/// sleeps until its signal is pulsed or the time the step asked for has passed. Errors are logged and
/// followed by a pause: a worker outlives any one failure (a full disk, say).
/// </summary>
/// <param name="name">Names the worker in logs.</param>
/// <param name="step">Does one unit of work; returns how long to sleep before the next (zero: go on at once).</param>
/// <param name="signal">Wakes the worker early.</param>
/// <param name="time">The engine's clock.</param>
/// <param name="logger">Where errors go.</param>
internal sealed class WorkerLoop(
    string name,
    Func<CancellationToken, Task<TimeSpan>> step,
    WorkSignal signal,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan s_pauseAfterError = TimeSpan.FromSeconds(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var sleep = await step(cancellationToken).ConfigureAwait(false);
                if (sleep > TimeSpan.Zero)
                {
                    await signal.WaitAsync(sleep, time, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // See the type's remarks: log, pause, go on.
            catch (Exception error)
#pragma warning restore CA1031
            {
                Log.WorkerError(logger, error, name);
                if (!await PauseAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
    }

    private async Task<bool> PauseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(s_pauseAfterError, time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

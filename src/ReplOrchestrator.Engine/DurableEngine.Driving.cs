using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Engine;

/// <summary>Driving the engine step by step (tests) and waiting for instances.</summary>
public sealed partial class DurableEngine
{
    /// <summary>
    /// Does all work that is ready at the current time of the engine's <see cref="TimeProvider"/>:
    /// fires due timers, runs every ready episode and activity, and repeats until nothing is left.
    /// Deterministic: one item at a time, oldest first, on the caller's task.
    /// </summary>
    /// <returns>How many timers, episodes and activities it processed.</returns>
    /// <exception cref="InvalidOperationException">The engine is running in the background (<see cref="StartAsync"/>).</exception>
    /// <remarks>
    /// Activities that wait for a retry, and timers due later, are left alone: advance the clock and
    /// call again. A workload that never becomes idle (an orchestration that keeps scheduling work
    /// due now) keeps this method running; cancel it with <paramref name="cancellationToken"/>.
    /// </remarks>
    public async Task<int> RunUntilIdleAsync(CancellationToken cancellationToken = default)
    {
        await EnsureStoppedAsync(cancellationToken).ConfigureAwait(false);
        var total = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var processed = (await _timers.FireDueAsync().ConfigureAwait(false)).Fired;
            while (await _orchestrations.ProcessNextAsync(cancellationToken).ConfigureAwait(false))
            {
                processed++;
            }

            while (await _activities.ProcessNextAsync(cancellationToken).ConfigureAwait(false))
            {
                processed++;
            }

            if (processed == 0)
            {
                return total;
            }

            total += processed;
        }
    }

    /// <summary>
    /// Does one step of work ready at the current time: fires due timers, then runs one episode if
    /// an instance has messages, otherwise one activity. For tests that interleave steps by hand.
    /// </summary>
    /// <returns><see langword="false"/> when nothing was ready.</returns>
    /// <exception cref="InvalidOperationException">The engine is running in the background (<see cref="StartAsync"/>).</exception>
    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken = default)
    {
        await EnsureStoppedAsync(cancellationToken).ConfigureAwait(false);
        var fired = (await _timers.FireDueAsync().ConfigureAwait(false)).Fired;
        return await _orchestrations.ProcessNextAsync(cancellationToken).ConfigureAwait(false)
            || await _activities.ProcessNextAsync(cancellationToken).ConfigureAwait(false)
            || fired > 0;
    }

    /// <summary>Waits until an instance finishes (completed, failed or terminated) and returns its status with payloads.</summary>
    /// <remarks>The same as <c>Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true)</c>.</remarks>
    /// <exception cref="InvalidOperationException">No instance has that id.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    public Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId, CancellationToken cancellationToken = default) =>
        Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cancellationToken);

    private async Task EnsureStoppedAsync(CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        if (IsRunning)
        {
            throw new InvalidOperationException("Stepping drives an engine that is not running; this one runs in the background (StartAsync).");
        }
    }
}

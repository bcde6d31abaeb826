using System.Diagnostics;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Local.Bench;

/// <summary>Waits on the VM monitors' published statuses, read as the API reads them.</summary>
internal static class VmMonitors
{
    private static readonly TimeSpan s_least = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Returns once <paramref name="expected"/> monitors under <paramref name="prefix"/> show they have taken
    /// <paramref name="what"/>. The statuses are read every 200 ms, or, when a read takes longer, after three times its
    /// duration, so reading thousands of statuses takes no more than a quarter of the time it measures.
    /// </summary>
    /// <exception cref="TimeoutException">They had not after 5 minutes.</exception>
    public static async Task WaitAsync(DurableTaskClient client, string prefix, Func<VmStatus, bool> taken, int expected, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var reading = Stopwatch.GetTimestamp();
            var statuses = await DurableQueries.StatusesAsync<VmStatus>(client, prefix, cancellationToken);
            if (statuses.Count(taken) >= expected)
            {
                return;
            }

            if (clock.Elapsed > s_limit)
            {
                throw new TimeoutException($"The VM monitors did not all take {what} within {s_limit.TotalMinutes:0} minutes.");
            }

            var read = Stopwatch.GetElapsedTime(reading);
            await Task.Delay(read * 3 > s_least ? read * 3 : s_least, cancellationToken);
        }
    }
}

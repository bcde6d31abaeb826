using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench arm-poll</c>: the ARM source at scale. The local host's real poller reads a vault of N uploading migration
/// items from the ARM stand-in through Azure.ResourceManager's ArmClient, page by page over loopback TLS, and hands each
/// poll to the VM monitors in heartbeats of at most 256 KB. Per poll: the list calls, the mapping and handing over (as
/// the poller measures them, <see cref="ArmPollMetrics"/>), the heartbeats and their bytes, the memory the process
/// allocated and holds, and how long until every VM monitor has taken the poll: the first poll creates the N
/// monitors, later ones update them.
/// </summary>
/// <remarks>
/// The host polls the vault once as it starts, while the vault is still empty, and not again within the bench: its
/// interval is an hour. Each run then polls through a new poller on the host's services, one with no memory of the
/// last poll, as a restarted process or another instance of the app polls (all a poll needs from the last one it
/// reads back from the VM monitors). The stand-in serves from this process, so its share of the cores is in the figures.
/// </remarks>
internal static class ArmPollBench
{
    // The longest interval there is, so the host's own poller stays out of the runs; each poll is the vault's heartbeat, due within the timeout.
    private static readonly TimeSpan s_hostPollInterval = TimeSpan.FromHours(1);
    private static readonly TimeSpan s_heartbeatTimeout = TimeSpan.FromHours(2);

    public static async Task RunAsync(int items, int runs, int pageSize, TextWriter output, CancellationToken cancellationToken)
    {
        await using var arm = await ArmStandIn.StartAsync(cancellationToken);
        arm.PageSize = pageSize;
        arm.SetItems(ArmBenchVault.Id);
        var settings = new Dictionary<string, string?>(arm.Settings)
        {
            [$"{ArmOptions.Section}:{nameof(ArmOptions.Vaults)}:0"] = ArmBenchVault.Id,
            [$"{ArmOptions.Section}:{nameof(ArmOptions.PollInterval)}"] = s_hostPollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Repl:Appliance:HeartbeatTimeout"] = s_heartbeatTimeout.ToString("c", CultureInfo.InvariantCulture),
        };
        await using var host = await BenchHost.StartAsync(0, settings, new LocalHostOptions { ArmClient = arm.Client }, cancellationToken);
        var services = host.App.Services;
        var hostPoller = services.GetRequiredService<ArmPoller>();
        using var measurements = new ArmPollMeasurements(services.GetRequiredService<IMeterFactory>());
        await FirstPollAsync(hostPoller, cancellationToken);
        measurements.Take();

        var start = DateTimeOffset.UtcNow;
        var polls = new List<ArmPollRun>();
        for (var run = 1; run <= runs; run++)
        {
            arm.SetItems(ArmBenchVault.Id, ArmBenchVault.Items(items, run, start));
            polls.Add(await PollAsync(run, items, arm, services, measurements, cancellationToken));
            if (hostPoller.CompletedPolls > 1)
            {
                throw new InvalidOperationException($"The host's own poller polled again during poll {run}, an hour after it started.");
            }
        }

        await BenchOutput.WriteAsync(output, ArmPollSummary.Of(items, pageSize, polls));
    }

    private static async Task<ArmPollRun> PollAsync(int run, int items, ArmStandIn arm, IServiceProvider services, ArmPollMeasurements measurements, CancellationToken cancellationToken)
    {
        var poller = ActivatorUtilities.CreateInstance<ArmPoller>(services);
        var client = services.GetRequiredService<DurableTaskClient>();
        var requests = arm.Requests.Count;
        var polledAt = DateTimeOffset.UtcNow;
        var allocated = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        await poller.PollDueAsync(client, cancellationToken);
        var pollMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var pollAllocated = GC.GetTotalAllocatedBytes() - allocated;
        await VmMonitors.WaitAsync(client, ArmBenchVault.VmPrefix, s => s.LastObservedAt >= polledAt, items, $"poll {run}", cancellationToken);
        var monitorsMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        using var process = Process.GetCurrentProcess();
        return new ArmPollRun(run, arm.Requests.Count - requests, pollMs, measurements.Take(), monitorsMs, pollAllocated, GC.GetTotalAllocatedBytes() - allocated, process.WorkingSet64);
    }

    // The poll the host makes as it starts, of the empty vault: it warms the poll's path and starts the vault's appliance monitor.
    private static async Task FirstPollAsync(ArmPoller poller, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (poller.CompletedPolls == 0)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException("The host did not poll the vault within a minute of starting.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }
}

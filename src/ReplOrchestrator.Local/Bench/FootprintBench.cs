using System.Diagnostics;
using System.Net;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench footprint</c>: what each monitored VM costs while idle — managed heap and resident memory of
/// the process, and bytes in the SQLite file (with its write-ahead log) — and the file's bytes per VM after
/// more heartbeats: monitors continue as new every few dozen, so the file levels off instead of growing
/// with every heartbeat. A warm-up fleet runs first so the figures hold the VMs, not the code paths they exercise.
/// </summary>
internal static class FootprintBench
{
    private const int VmsPerAppliance = 100;
    private const int WarmUpAppliances = 1;

    public static async Task RunAsync(int vms, int beats, TextWriter output, CancellationToken cancellationToken)
    {
        var appliances = WarmUpAppliances + ((vms + VmsPerAppliance - 1) / VmsPerAppliance);
        await using var host = await BenchHost.StartAsync(appliances, new Dictionary<string, string?>(), cancellationToken);
        using var http = new HttpClient { BaseAddress = host.Address };
        var client = host.App.Services.GetRequiredService<DurableTaskClient>();
        var warmUp = host.Appliances.Take(WarmUpAppliances).ToList();
        var fleet = host.Appliances.Skip(WarmUpAppliances).ToList();
        await BeatAsync(http, client, warmUp, VmsPerAppliance, 1, cancellationToken);
        var before = Measure(host);
        await BeatAsync(http, client, fleet, VmsPerAppliance, 1, cancellationToken);
        var monitored = fleet.Count * VmsPerAppliance;
        var idle = Measure(host);
        for (var sequence = 2; sequence <= beats + 1; sequence++)
        {
            await BeatAsync(http, client, fleet, VmsPerAppliance, sequence, cancellationToken);
        }

        var later = Measure(host);
        await BenchOutput.WriteAsync(output, new
        {
            benchmark = "footprint",
            vms = monitored,
            managedBytesPerVm = Math.Round((idle.Managed - before.Managed) / (double)monitored),
            residentBytesPerVm = Math.Round((idle.Resident - before.Resident) / (double)monitored),
            databaseBytesPerVm = Math.Round((idle.Database - before.Database) / (double)monitored),
            heartbeatsAfter = beats,
            databaseBytesPerVmAfter = Math.Round((later.Database - before.Database) / (double)monitored),
        });
    }

    // Every appliance reports all its VMs, replicating between cycles; returns when every VM monitor has taken the heartbeat.
    private static async Task BeatAsync(HttpClient http, DurableTaskClient client, IReadOnlyList<(string Id, string Key)> appliances, int vmsEach, long sequence, CancellationToken cancellationToken)
    {
        var sentAt = DateTimeOffset.UtcNow;
        foreach (var (id, key) in appliances)
        {
            var reports = Enumerable.Range(0, vmsEach).Select(i => new VmReport($"vm-{i:000}", $"vm{i:000}", "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), null)).ToList();
            var heartbeat = new Heartbeat(Heartbeat.SchemaV1, id, ApplianceKind.AzureMigrateVMware, sequence, sentAt,
                [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)], [], reports, [], [], []);
            using var request = BenchHost.HeartbeatRequest(key, heartbeat);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"Heartbeat {sequence} of {id} answered {(int)response.StatusCode}.");
            }
        }

        var ids = appliances.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        await VmMonitors.WaitAsync(client, InstanceIds.VmPrefix, s => ids.Contains(s.ApplianceId) && s.LastObservedAt >= sentAt, appliances.Count * vmsEach,
            $"heartbeat {sequence}", cancellationToken);
    }

    private static (long Managed, long Resident, long Database) Measure(BenchHost host)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var database = new[] { host.DatabasePath, host.DatabasePath + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64, database);
    }
}

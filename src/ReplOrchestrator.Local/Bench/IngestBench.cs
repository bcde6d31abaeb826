using System.Diagnostics;
using System.Net;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench ingest</c>: heartbeats accepted per second over loopback HTTP, durable commit included (a 202
/// means the heartbeat is in the engine's database), with p50 and p99 latency. Appliances send in parallel,
/// each in sequence, as real ones do.
/// </summary>
internal static class IngestBench
{
    private const int Appliances = 20;

    public static async Task RunAsync(int heartbeats, int vms, TextWriter output, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(Appliances, new Dictionary<string, string?>(), cancellationToken);
        using var http = new HttpClient { BaseAddress = host.Address };
        var perAppliance = (heartbeats + Appliances - 1) / Appliances;
        var latencies = new List<double>(heartbeats);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(host.Appliances, new ParallelOptions { MaxDegreeOfParallelism = Appliances, CancellationToken = cancellationToken }, async (appliance, token) =>
        {
            var mine = new List<double>(perAppliance);
            for (var sequence = 1; sequence <= perAppliance; sequence++)
            {
                using var request = BenchHost.HeartbeatRequest(appliance.Key, Heartbeat(appliance.Id, sequence, vms));
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, token);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"Heartbeat {sequence} of {appliance.Id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(token)}");
                }
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        });
        var seconds = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        await BenchOutput.WriteAsync(output, new
        {
            benchmark = "ingest",
            heartbeats = latencies.Count,
            vms,
            appliances = Appliances,
            seconds = Math.Round(seconds, 3),
            heartbeatsPerSec = Math.Round(latencies.Count / seconds, 1),
            p50Ms = Math.Round(BenchOutput.Percentile(latencies, 50), 2),
            p99Ms = Math.Round(BenchOutput.Percentile(latencies, 99), 2),
        });
    }

    private static Heartbeat Heartbeat(string applianceId, long sequence, int vms)
    {
        var now = DateTimeOffset.UtcNow;
        var reports = Enumerable.Range(0, vms).Select(i => new VmReport(
            $"vm-{i:000}", $"vm{i:000}", "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null),
            new CycleReport($"c-{sequence}", CycleType.Delta, CyclePhase.Upload, now, [new DiskProgress("disk-0", 50L << 30, sequence << 20)], null))).ToList();
        return new Heartbeat(Domain.Heartbeats.Heartbeat.SchemaV1, applianceId, ApplianceKind.AzureMigrateVMware, sequence, now,
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)], [new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1.blob.core.windows.net", 443)],
            reports, [], [], []);
    }
}

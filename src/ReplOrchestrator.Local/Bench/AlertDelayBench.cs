using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Hosting;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench alert-delay</c>: how long after a missed heartbeat deadline the "heartbeat lost" alert is on
/// the local alerts topic (durable timer firing, monitor, alert lifecycle, publish), by the wall clock.
/// The grouping wait is set to zero so only the machinery is measured.
/// </summary>
internal static class AlertDelayBench
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(int appliances, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Repl:Appliance:HeartbeatTimeout"] = "00:00:02",
            ["Repl:Alerts:GroupWait"] = "00:00:00",
        };
        await using var host = await BenchHost.StartAsync(appliances, settings, cancellationToken);
        var alerts = host.App.Services.GetRequiredService<EmbeddedAlertTopic>().Subscribe();
        using var http = new HttpClient { BaseAddress = host.Address };
        var deadlines = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, key) in host.Appliances)
        {
            var heartbeat = new Heartbeat(Heartbeat.SchemaV1, id, ApplianceKind.AzureMigrateVMware, 1, DateTimeOffset.UtcNow,
                [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)], [], [], [], [], []);
            using var request = BenchHost.HeartbeatRequest(key, heartbeat);
            var sent = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                throw new InvalidOperationException($"The heartbeat of {id} answered {(int)response.StatusCode}.");
            }

            // The deadline runs from the moment the server received the heartbeat: at the latest, when it answered.
            deadlines[id] = sent + (long)(s_timeout.TotalSeconds * Stopwatch.Frequency);
        }

        var delays = new List<double>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        await foreach (var alert in alerts.ReadAllAsync(limit.Token))
        {
            if (alert.Code == CatalogCodes.ApplianceHeartbeatLost && deadlines.Remove(alert.ApplianceId, out var deadline))
            {
                delays.Add((Stopwatch.GetTimestamp() - deadline) * 1000.0 / Stopwatch.Frequency);
                if (deadlines.Count == 0)
                {
                    break;
                }
            }
        }

        delays.Sort();
        await BenchOutput.WriteAsync(output, new
        {
            benchmark = "alert-delay",
            appliances = delays.Count,
            heartbeatTimeoutMs = s_timeout.TotalMilliseconds,
            p50Ms = Math.Round(BenchOutput.Percentile(delays, 50), 1),
            p99Ms = Math.Round(BenchOutput.Percentile(delays, 99), 1),
            maxMs = Math.Round(delays.LastOrDefault(), 1),
        });
    }
}

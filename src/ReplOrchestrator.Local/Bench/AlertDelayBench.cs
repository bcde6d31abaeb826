using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Demo;
using ReplOrchestrator.Local.Hosting;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench alert-delay</c>: how long after a missed heartbeat deadline the "heartbeat lost" alert is on
/// the local alerts topic (durable timer firing, monitor, alert lifecycle, publish), by the wall clock.
/// The grouping wait is set to zero so only the machinery is measured. With <c>--notify</c> a route sends every
/// alert to a Teams stand-in on loopback at once (group wait zero), and the delay to each card's arrival is
/// measured too: routing, the notification group, the delivery activity and the HTTP post.
/// </summary>
internal static class AlertDelayBench
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(int appliances, bool notify, TextWriter output, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Repl:Appliance:HeartbeatTimeout"] = "00:00:02",
            ["Repl:Alerts:GroupWait"] = "00:00:00",
        };
        var inbox = new DemoInbox();
        await using var teams = notify ? await DemoWebhookSink.StartAsync(inbox, cancellationToken) : null;
        if (teams is not null)
        {
            settings["Repl:Notifications:Route:Receiver"] = "bench";
            settings["Repl:Notifications:Route:GroupWait"] = "00:00:00";
            settings["Repl:Notifications:Receivers:0:Name"] = "bench";
            settings["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = teams.Url.ToString();
        }

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

        var allDeadlines = new Dictionary<string, long>(deadlines, StringComparer.Ordinal);
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
        var topic = new
        {
            benchmark = "alert-delay",
            appliances = delays.Count,
            heartbeatTimeoutMs = s_timeout.TotalMilliseconds,
            p50Ms = Math.Round(BenchOutput.Percentile(delays, 50), 1),
            p99Ms = Math.Round(BenchOutput.Percentile(delays, 99), 1),
            maxMs = Math.Round(delays.LastOrDefault(), 1),
        };
        if (!notify)
        {
            await BenchOutput.WriteAsync(output, topic);
            return;
        }

        var cards = await CardDelaysAsync(inbox, allDeadlines, cancellationToken);
        await BenchOutput.WriteAsync(output, new
        {
            topic.benchmark, topic.appliances, topic.heartbeatTimeoutMs, topic.p50Ms, topic.p99Ms, topic.maxMs,
            cards = cards.Count,
            cardP50Ms = Math.Round(BenchOutput.Percentile(cards, 50), 1),
            cardP99Ms = Math.Round(BenchOutput.Percentile(cards, 99), 1),
        });
    }

    // Each appliance's "heartbeat lost" card, by the appliance id its title names, timed from its deadline.
    private static async Task<List<double>> CardDelaysAsync(DemoInbox inbox, Dictionary<string, long> deadlines, CancellationToken cancellationToken)
    {
        var delays = new List<double>();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await foreach (var card in inbox.Arrivals.ReadAllAsync(limit.Token))
            {
                var arrived = Stopwatch.GetTimestamp();
                if (deadlines.Keys.FirstOrDefault(id => card.Title.Contains($" {id} ", StringComparison.Ordinal)) is { } id && deadlines.Remove(id, out var deadline))
                {
                    delays.Add((arrived - deadline) * 1000.0 / Stopwatch.Frequency);
                    if (deadlines.Count == 0)
                    {
                        break;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Some cards never came: the count says how many did.
        }

        delays.Sort();
        return delays;
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>A whole situation over HTTP on the running host, its clock driven by the test: a stalled upload.</summary>
public sealed class ScenarioOverHttpTests
{
    private const long GiB = 1024L * 1024 * 1024;

    [Fact]
    public async Task UploadStallsOverHttp_AlertIsServedJournaledAndDiagnosedByTheApplianceProbes()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RunningHost.StartAsync(time);
        var cycle = Heartbeats.Uploading("c-17", time.GetUtcNow(), (long)(3.1 * GiB));
        long sequence = 0;
        async Task<JsonNode> BeatAsync(params ProbeResult[] results)
        {
            var heartbeat = Heartbeats.Of("appl-a", ++sequence, time.GetUtcNow(), Heartbeats.Vm("vm-sql01", cycle)) with { ProbeResults = results };
            using var response = await host.PostHeartbeatAsync("key-of-a-for-the-local-tests", heartbeat);
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
            return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        }

        await BeatAsync();
        await host.WaitForAsync("/api/fleet", f => f["appliances"]!.AsArray().Count == 1 && f["appliances"]![0]!["vms"]!.AsArray().Count == 1);
        // The stall is timed from when the disk's upload began to be watched: on a loaded machine that
        // can lag the heartbeat, and the driven clock must not run ahead of it.
        await host.WaitForInstanceAsync("upload:appl-a:vm-sql01:c-17:disk-0");

        // Thirty-one minutes of heartbeats without a byte moving.
        for (var (minute, signals) = (0, 1); minute < 31; minute += 5, signals++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            await BeatAsync();
            // Each heartbeat reaches the cycle as a signal; the next five minutes may pass only after it has,
            // as they would in real time, or the cycle would judge the appliance by a heartbeat it has not seen.
            await host.WaitForSignalsAsync("cycle:appl-a:vm-sql01:c-17", signals);
        }

        // The stall's deadline has passed on the driven clock; only the background work needs to catch up.
        var alerts = await host.WaitForAsync("/api/alerts?status=firing", a => a.AsArray().Any(x => x!["code"]!.GetValue<string>() == "DiskUploadTimedOut"));
        var alert = alerts.AsArray().Single(x => x!["code"]!.GetValue<string>() == "DiskUploadTimedOut")!;
        alert["errorId"]!.GetValue<int>().ShouldBe(1011);
        alert["status"]!.GetValue<string>().ShouldBe("firing");
        alert["summary"]!.GetValue<string>().ShouldStartWith("disk-0 stalled at 6 % (3.1 GiB of 50 GiB)");
        alert["dedupKey"]!.GetValue<string>().ShouldBe("appl-a/vm-sql01/DiskUploadTimedOut");

        // A heartbeat answer carries the diagnosis's probe command once the diagnosis has queued it, which on a
        // loaded machine can be a moment after the alert is served; the appliance answers it.
        var answer = await BeatAsync();
        for (var tries = 0; tries < 200 && answer["commands"]!.AsArray().Count == 0; tries++)
        {
            await Task.Delay(50);
            answer = await BeatAsync();
        }

        var command = answer["commands"]!.AsArray().ShouldHaveSingleItem()!;
        command["kind"]!.GetValue<string>().ShouldBe("RunProbes");
        var commandId = command["commandId"]!.GetValue<string>();
        var results = command["probes"]!.AsArray()
            .Select(p => Enum.Parse<ProbeKind>(p!.GetValue<string>()))
            .Select(p => new ProbeResult(commandId, p, "target:443", p != ProbeKind.StorageWrite, 10, p == ProbeKind.StorageWrite ? "connection timed out" : "ok"))
            .ToArray();
        (await BeatAsync(results))["commands"]!.AsArray().ShouldBeEmpty();

        var vm = await host.WaitForAsync("/api/appliances/appl-a/vms/vm-sql01",
            v => v["openAlerts"]!.AsArray().Any(a => a!["probableCauses"]![0]!["confidence"]!.GetValue<string>() == "confirmed"));
        var diagnosed = vm["openAlerts"]!.AsArray().Single()!;
        diagnosed["probableCauses"]![0]!["evidence"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldContain(e => e.Contains("StorageWrite failed", StringComparison.Ordinal), diagnosed.ToJsonString());
        vm["currentCycle"]!["phase"]!.GetValue<string>().ShouldBe("Upload");

        // Published once the grouping wait (30 s of the driven clock) is over.
        var journalPath = Path.Combine(host.DataDirectory, DataDirectory.AlertJournalFile);
        for (var tick = 0; tick < 200 && !EmbeddedAlertTopic.ReadJournal(journalPath).Any(a => a.Code == "DiskUploadTimedOut"); tick++)
        {
            // Far below the 15-minute heartbeat timeout even at the last tick.
            time.Advance(TimeSpan.FromSeconds(tick < 20 ? 2 : 0));
            await Task.Delay(50);
        }

        EmbeddedAlertTopic.ReadJournal(journalPath).ShouldContain(a => a.Code == "DiskUploadTimedOut" && a.Status == AlertStatus.Firing);
    }
}

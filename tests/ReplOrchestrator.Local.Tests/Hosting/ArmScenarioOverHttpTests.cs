using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>
/// The seeds' situations as Azure Resource Manager shows them, polled by the running host's real ARM poller through
/// Azure.ResourceManager's ArmClient over TLS: each raises the alert the heartbeat path raises for the same situation,
/// with the same cause and next step.
/// </summary>
public sealed class ArmScenarioOverHttpTests
{
    private const string DisposeMessage = "VM: sql01. Error: Encountered timeout event 'DisposeArtefactsTimeout' in the state &'['Gateway.Service.StateMachine.SnapshotReplication.SnapshotReplicationEngine+WaitingForArtefactsDisposalPreCycle' ('WaitingForArtefactsDisposalPreCycle')]'.";
    private static readonly string s_refusedMessage = SeedMessages.HostConnectionRefused("esx07.contoso.local");
    private const string ArmVm = "item-sql01";

    [Fact]
    public async Task DisposalHangsInArm_RaisesDisposeArtefactsTimedOut181008_AsTheHeartbeatPathDoes()
    {
        var sql01 = new MigrationItemJson(ArmVm, "sql01") { GatewayState = "DisposingArtefacts", GatewayProgress = 100 };
        await using var host = await ArmHost.StartAsync(_ => [sql01]);
        var heartbeatVm = Heartbeats.Vm("vm-hb", Cycle("c-1", host.Now, CyclePhase.DisposeArtefacts));
        await host.BeatAsync(heartbeatVm);

        // Thirty-five minutes in the disposal on both paths: its overrun is the phase timer's, not a reported error.
        for (var i = 0; i < 7; i++)
        {
            await host.PassPollIntervalAsync(heartbeatVm);
        }

        var fromArm = await host.FiringAsync(ArmHost.ApplianceId, "DisposeArtefactsTimedOut");
        var fromHeartbeat = await host.FiringAsync("appl-a", "DisposeArtefactsTimedOut");
        ShouldMatch(fromArm, fromHeartbeat);
        fromArm["errorId"]!.GetValue<int>().ShouldBe(181008);
        fromArm["vmId"]!.GetValue<string>().ShouldBe(ArmVm);

        // Azure then records the failure with its id: the same condition, so the same alert, not a second one.
        host.Show(sql01 with { GatewayState = null, HealthErrors = [("181008", DisposeMessage, host.Now)] });
        await host.PassPollIntervalAsync();
        var alerts = await host.Host.WaitForAsync("/api/alerts?status=firing", a => a.AsArray().Any(x => (int?)x!["occurrences"] > 1 && (string?)x["applianceId"] == ArmHost.ApplianceId));
        alerts.AsArray().Count(a => (string?)a!["applianceId"] == ArmHost.ApplianceId && (string?)a["code"] == "DisposeArtefactsTimedOut").ShouldBe(1);
    }

    [Fact]
    public async Task UploadStallsInArm_RaisesDiskUploadTimedOut1011_WithTheStalledProgressAndTheUploadSpeedAzureReports()
    {
        var sql01 = new MigrationItemJson(ArmVm, "sql01") { GatewayState = "Uploading", GatewayProgress = 6, UploadSpeed = 0 };
        await using var host = await ArmHost.StartAsync(_ => [sql01]);
        var heartbeatVm = Heartbeats.Vm("vm-hb", Heartbeats.Uploading("c-1", host.Now, MigrationItemJson.DiskBytes * 6 / 100));
        await host.BeatAsync(heartbeatVm);
        await host.Host.WaitForInstanceAsync("upload:appl-a:vm-hb:c-1:disk-0");
        await host.Host.WaitForAsync("/api/fleet", f => f["appliances"]!.AsArray().Any(a => (string?)a!["applianceId"] == ArmHost.ApplianceId && a["vms"]!.AsArray().Count == 1));

        for (var i = 0; i < 7; i++)
        {
            await host.PassPollIntervalAsync(heartbeatVm);
        }

        var fromArm = await host.FiringAsync(ArmHost.ApplianceId, "DiskUploadTimedOut");
        var fromHeartbeat = await host.FiringAsync("appl-a", "DiskUploadTimedOut");
        ShouldMatch(fromArm, fromHeartbeat);
        fromArm["errorId"]!.GetValue<int>().ShouldBe(1011);
        fromArm["summary"]!.GetValue<string>().ShouldStartWith("6000C29d-disk-0 stalled at 6 % (3 GiB of 50 GiB)");
        fromArm["summary"]!.GetValue<string>().ShouldEndWith(", upload speed 0 B/s reported by Azure");
        // A heartbeat reports no speed of its own, so its alert reads as before.
        fromHeartbeat["summary"]!.GetValue<string>().ShouldNotContain("upload speed");
    }

    [Fact]
    public async Task HostConnectionRefusedInArm_RaisesHostConnectionRefused1022_NamingTheEsxiHost()
    {
        await using var host = await ArmHost.StartAsync(now => [new MigrationItemJson(ArmVm, "sql01") { GatewayState = "Uploading", GatewayProgress = 20, HostName = "esx07.contoso.local" }]);
        await host.BeatAsync(Heartbeats.Vm("vm-hb", Heartbeats.Uploading("c-1", host.Now, 0)));

        host.Show(new MigrationItemJson(ArmVm, "sql01") { HostName = "esx07.contoso.local", HealthErrors = [(SeedMessages.HostConnectionRefusedCode, s_refusedMessage, host.Now)] });
        await host.PassPollIntervalAsync(Heartbeats.Vm("vm-hb", Cycle("c-1", host.Now, CyclePhase.Failed) with { Error = new CycleError(SeedMessages.HostConnectionRefusedCode, s_refusedMessage) }));

        var fromArm = await host.FiringAsync(ArmHost.ApplianceId, "HostConnectionRefused");
        ShouldMatch(fromArm, await host.FiringAsync("appl-a", "HostConnectionRefused"));
        fromArm["errorId"]!.GetValue<int>().ShouldBe(1022);
    }

    [Fact]
    public async Task CycleFailsAndRecoversBetweenPolls_RaisesHostConnectionRefused1022_FromTheVaultEvent()
    {
        var sql01 = new MigrationItemJson(ArmVm, "sql01") { GatewayState = "Uploading", GatewayProgress = 20, HostName = "esx07.contoso.local" };
        await using var host = await ArmHost.StartAsync(_ => [sql01]);

        // The cycle fails and its retry uploads before the next poll: the item shows no health error, only the vault's event tells.
        host.Record(new ReplicationEventJson(sql01, SeedMessages.HostConnectionRefusedCode, s_refusedMessage, host.Now.AddMinutes(2)));
        await host.PassPollIntervalAsync();

        var alert = await host.FiringAsync(ArmHost.ApplianceId, "HostConnectionRefused");
        alert["errorId"]!.GetValue<int>().ShouldBe(1022);
        alert["vmId"]!.GetValue<string>().ShouldBe(ArmVm);
        host.Arm.EventRequests(ArmHost.VaultId).ShouldAllBe(r => r.QueryValue("$filter")!.StartsWith("startTime eq '", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailureShownAsHealthErrorAndLaterAsEvent_FailsOneCycle()
    {
        var sql01 = new MigrationItemJson(ArmVm, "sql01") { GatewayState = "Uploading", GatewayProgress = 20, HostName = "esx07.contoso.local" };
        await using var host = await ArmHost.StartAsync(_ => [sql01]);
        var failedAt = host.Now.AddMinutes(1);
        host.Show(sql01 with { GatewayState = null, HealthErrors = [(SeedMessages.HostConnectionRefusedCode, s_refusedMessage, failedAt)] });
        await host.PassPollIntervalAsync();
        await host.FiringAsync(ArmHost.ApplianceId, "HostConnectionRefused");

        // The error clears and the retry uploads; the vault lists the failure's event only now, dated a little after the error.
        host.Show(sql01);
        host.Record(new ReplicationEventJson(sql01, SeedMessages.HostConnectionRefusedCode, s_refusedMessage, failedAt.AddSeconds(40)));
        await host.PassPollIntervalAsync();

        // Had the event failed a second cycle, this poll would report it instead of the retry's upload.
        var vm = await host.Host.WaitForAsync($"/api/appliances/{ArmHost.ApplianceId}/vms/{ArmVm}",
            v => (string?)v["currentCycle"]?["phase"] == "Upload" && v["recentCycles"]!.AsArray().Any(c => (string?)c!["outcome"] == "Failed"));
        vm["currentCycle"]!["cycleId"]!.GetValue<string>().ShouldEndWith("-1");
        vm["recentCycles"]!.AsArray().Where(c => (string?)c!["outcome"] == "Failed").ShouldHaveSingleItem()!["errorCode"]!.GetValue<string>().ShouldBe("1022");
    }

    [Fact]
    public async Task ResyncRequiredAfterACbtReset_RaisesResyncRequired_AsTheHeartbeatPathDoes()
    {
        await using var host = await ArmHost.StartAsync(now => [new MigrationItemJson(ArmVm, "sql01") { ResyncRequired = true, HealthErrors = [("1018", SeedMessages.FetchChangeBlocks, now)] }]);
        await host.BeatAsync(Heartbeats.Vm("vm-hb") with { Replication = new ReplicationInfo(ReplicationState.ResyncRequired, null) });

        var fromArm = await host.FiringAsync(ArmHost.ApplianceId, "ResyncRequired");
        ShouldMatch(fromArm, await host.FiringAsync("appl-a", "ResyncRequired"));
        (await host.FiringAsync(ArmHost.ApplianceId, "FetchChangedBlocksFailed"))["errorId"]!.GetValue<int>().ShouldBe(1018);
    }

    [Fact]
    public async Task LastRecoveryPointTooOld_RaisesRpoExceeded()
    {
        await using var host = await ArmHost.StartAsync(now => [new MigrationItemJson(ArmVm, "sql01") { LastRecoveryPointReceived = now.AddHours(-14) }]);

        var alert = await host.FiringAsync(ArmHost.ApplianceId, "RpoExceeded");

        alert["vmId"]!.GetValue<string>().ShouldBe(ArmVm);
        alert["severity"]!.GetValue<string>().ShouldBe("Warning");
    }

    private static CycleReport Cycle(string cycleId, DateTimeOffset at, CyclePhase phase) =>
        new(cycleId, CycleType.Delta, phase, at, [new DiskProgress("disk-0", MigrationItemJson.DiskBytes, MigrationItemJson.DiskBytes)], null);

    // Same condition, same catalog entry: the code, id, title, severity, causes and next steps; only the VM and the numbers differ.
    private static void ShouldMatch(JsonNode fromArm, JsonNode fromHeartbeat)
    {
        foreach (var field in new[] { "code", "errorId", "title", "severity", "recommendedActions" })
        {
            fromArm[field]?.ToJsonString().ShouldBe(fromHeartbeat[field]?.ToJsonString(), field);
        }

        Causes(fromArm).ShouldBe(Causes(fromHeartbeat), ignoreOrder: true);
    }

    private static IEnumerable<string> Causes(JsonNode alert) => alert["probableCauses"]!.AsArray().Select(c => c!["cause"]!.GetValue<string>());
}

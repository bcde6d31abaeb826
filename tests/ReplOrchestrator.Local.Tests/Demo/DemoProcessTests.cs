using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReplOrchestrator.Local.Tests.Cli;

namespace ReplOrchestrator.Local.Tests.Demo;

/// <summary>The demo as a newcomer runs it: the built executable, shortened, checked by its summary.</summary>
public sealed class DemoProcessTests
{
    [Fact]
    public async Task Demo_Shortened_DetectsEverySituationAndSaysSoInItsSummary()
    {
        var run = await CliProcess.RunAsync("demo", "--duration", "40s");

        run.ExitCode.ShouldBe(0, run.Error);
        var summary = run.Output[run.Output.IndexOf("Demo summary", StringComparison.Ordinal)..];
        foreach (var code in new[] { "DiskUploadTimedOut", "DisposeArtefactsTimedOut", "ApplianceHeartbeatLost", "HostConnectionRefused", "FetchChangedBlocksFailed", "HyperVReplicationSuspended" })
        {
            summary.ShouldContain($"{code} ", customMessage: run.Output);
        }

        summary.ShouldNotContain("HyperVReplicationCancelled", customMessage: "a cycle failed at a suspension folds into the suspension alert");
        summary.ShouldMatch(@"never notified\): .*HyperVReplicaBackupConflict");
        summary.ShouldMatch(@"heartbeats: \d+ sent, \d+ accepted, 0 rejected");
        run.Output.ShouldContain("FIRING");
        run.Output.ShouldContain("RESOLVED");

        // The demo's own webhook and SMTP relay were told: a card and a mail for each situation, the backup window's never.
        var told = System.Text.RegularExpressions.Regex.Match(summary, @"notifications to 'oncall': (\d+) Teams card\(s\) and (\d+) mail\(s\)");
        told.Success.ShouldBeTrue(run.Output);
        int.Parse(told.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(6);
        told.Groups[2].Value.ShouldBe(told.Groups[1].Value);
        summary.ShouldContain("[FIRING:Critical] vm-bi01 DiskUploadTimedOut (1011)", customMessage: run.Output);
        summary[told.Index..].ShouldNotContain("HyperVReplicaBackupConflict", customMessage: "the maintenance window mutes it before routing");
        await CloudProbesAnsweredFromTheSimulationAsync(run.Output);
    }

    // In this class, not its own, so the two demos run one after the other rather than share the machine's cores.
    [Fact]
    public async Task DemoWithAgents_RealAgentsResumeTheSuspendedVm_AndTheSilentApplianceComesBack()
    {
        var run = await CliProcess.RunAsync("demo", "--agents", "--duration", "30s");

        run.ExitCode.ShouldBe(0, run.Error);
        var output = run.Output;
        output.ShouldContain("Real agents (in-process, Linux mode, recorded hosts written by the demo's script): demo-agent-hv01 (HyperVReplica), demo-agent-appl01 (AzureMigrateVMware)");

        // The suspension is raised from the agent's VMMS events, the server asks for a resume, the agent runs the restart
        // script's steps against its recorded host and says so in its next heartbeat, and only then does the alert resolve.
        var suspended = Regex.Escape("demo-agent-hv01/6f1c2a9e-3b7d-4e2a-9c1f-5d8e7a6b4c30/HyperVReplicationSuspended");
        var raised = Regex.Match(output, $"FIRING +Critical {suspended}");
        var answered = Regex.Match(output, @"agent demo-agent-hv01 answered (resume-\w+) \(ok\): 0 started; 2 VMMS replication service active; 4 replication for sql-agent01 .* resumed successfully \(now Replicating\)");
        var resolved = Regex.Match(output, $"RESOLVED +Critical {suspended}  Resolved: replication is Replicating again");
        raised.Success.ShouldBeTrue(output);
        answered.Success.ShouldBeTrue(output);
        resolved.Success.ShouldBeTrue(output);
        raised.Index.ShouldBeLessThan(answered.Index, output);
        answered.Index.ShouldBeLessThan(resolved.Index, output);

        // The stopped agent is missed, and found again when it starts over its own state.
        var lost = Regex.Match(output, "FIRING +Critical demo-agent-appl01/ApplianceHeartbeatLost");
        var back = Regex.Match(output, "RESOLVED +Critical demo-agent-appl01/ApplianceHeartbeatLost  Resolved: heartbeats resumed");
        lost.Success.ShouldBeTrue(output);
        back.Success.ShouldBeTrue(output);
        output.IndexOf("agent demo-agent-appl01 stopped", StringComparison.Ordinal).ShouldBeLessThan(lost.Index);
        output.IndexOf("agent demo-agent-appl01 started again", StringComparison.Ordinal).ShouldBeLessThan(back.Index);

        var summary = output[output.IndexOf("Demo summary", StringComparison.Ordinal)..];
        summary.ShouldMatch(@"HyperVReplicationSuspended +raised 1, updated \d+, resolved 1");
        summary.ShouldMatch(@"ApplianceHeartbeatLost +raised 1, updated \d+, resolved 1");
        summary.ShouldContain("still firing: none", customMessage: output);
        var hyperV = Regex.Match(summary, @"agent demo-agent-hv01 \(HyperVReplica\): heartbeats: (\d+) sent, (\d+) accepted; commands: (\d+) run, (\d+) answered");
        hyperV.Success.ShouldBeTrue(summary);
        hyperV.Groups[2].Value.ShouldBe(hyperV.Groups[1].Value, "every heartbeat of a running agent is accepted");
        int.Parse(hyperV.Groups[3].Value, CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(1);
        hyperV.Groups[4].Value.ShouldBe(hyperV.Groups[3].Value, "every command the agent ran was answered");
        summary.ShouldContain($"    {answered.Groups[1].Value} ok: 0 started;");
        summary.ShouldMatch(@"agent demo-agent-appl01 \(AzureMigrateVMware\): heartbeats: \d+ sent, \d+ accepted");
        summary.ShouldMatch(@"heartbeats: \d+ sent, \d+ accepted, 0 rejected");
        await KeyFilesAreOwnerOnlyAndNeverPrintedAsync(output, run.Error);
    }

    // Also in this class, for the same reason. No appliance reports here: every alert is the vault's, read through ARM.
    [Fact]
    public async Task DemoThroughArm_RaisesEachSituationWithItsMicrosoftId_AndResolvesIt_UnderTheVaultsAppliance()
    {
        const string Vault = "arm-contoso-migrate-demo";
        var run = await CliProcess.RunAsync("demo", "--source", "arm", "--duration", "40s");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        run.Output.ShouldMatch(@"vault contoso-migrate-demo on an ARM stand-in at https://127\.0\.0\.1:\d+/ \(TLS with a throw-away certificate\)");
        var published = (await File.ReadAllLinesAsync(Regex.Match(run.Output, @"every alert, as published: (\S+)").Groups[1].Value))
            .Select(line => JsonNode.Parse(line)!)
            .ToList();
        published.ShouldAllBe(a => (string?)a["applianceId"] == Vault);
        (string VmId, string Code, int? ErrorId)[] expected =
        [
            ("item-sql01", "DisposeArtefactsTimedOut", 181008),
            ("item-app02", "DiskUploadTimedOut", 1011),
            ("item-web03", "HostConnectionRefused", 1022),
            ("item-db04", "FetchChangedBlocksFailed", 1018),
            ("item-db04", "ResyncRequired", null),
            ("item-fs10", "DiskUploadTimedOut", 1011), // failed between two polls: only the vault's events say so
            ("item-file05", "RpoExceeded", null),
        ];
        foreach (var (vmId, code, errorId) in expected)
        {
            var episode = published.Where(a => (string?)a["vmId"] == vmId && (string?)a["code"] == code).ToList();
            var firing = episode.FirstOrDefault(a => (string?)a["status"] == "firing");
            firing.ShouldNotBeNull($"{vmId}/{code} was never raised\n{run.Output}");
            ((int?)firing["errorId"]).ShouldBe(errorId, $"{vmId}/{code}");
            ((string?)episode[^1]["status"]).ShouldBe("resolved", $"{vmId}/{code} was not resolved at the end\n{run.Output}");
            run.Output.ShouldMatch($@"RESOLVED +\w+ +{Regex.Escape($"{Vault}/{vmId}/{code}")}  Resolved: ");
        }

        published.Select(a => $"{a["vmId"]}/{a["code"]}").Distinct().Count().ShouldBe(expected.Length, "the healthy items raise nothing");
        var summary = run.Output[run.Output.IndexOf("Demo summary", StringComparison.Ordinal)..];
        summary.ShouldMatch(@"vault contoso-migrate-demo: \d+ polls, \d+ list requests \(9 items, 2 a page, linked by nextLink\)");
        summary.ShouldContain("still firing: none");
        Regex.Matches(summary, "  raised, resolved").Count.ShouldBe(expected.Length, summary);
        summary.ShouldContain("upload-stall             arm-contoso-migrate-demo/item-app02/DiskUploadTimedOut (1011)");
    }

    private static async Task KeyFilesAreOwnerOnlyAndNeverPrintedAsync(string output, string error)
    {
        var data = Regex.Match(output, @"\(data: ([^)]+)\)").Groups[1].Value;
        foreach (var agent in new[] { "demo-agent-hv01", "demo-agent-appl01" })
        {
            var keyFile = Path.Combine(data, "agents", agent, "appliance.key");
            var key = (await File.ReadAllTextAsync(keyFile)).Trim();
            key.Length.ShouldBeGreaterThanOrEqualTo(32);
            output.ShouldNotContain(key);
            error.ShouldNotContain(key);
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    // The fleet's Azure endpoints are made up: looked up for real they fail, and the diagnosis blames Azure or DNS.
    private static async Task CloudProbesAnsweredFromTheSimulationAsync(string output)
    {
        var journal = Regex.Match(output, @"every alert, as published: (\S+)").Groups[1].Value;
        var cloud = (await File.ReadAllLinesAsync(journal))
            .SelectMany(line => JsonNode.Parse(line)!["probeResults"]!.AsArray())
            .Where(result => result!["probe"]!.GetValue<string>().StartsWith("Cloud", StringComparison.Ordinal))
            .ToList();

        cloud.ShouldNotBeEmpty();
        cloud.ShouldAllBe(result => result!["ok"]!.GetValue<bool>(), string.Join("\n", cloud.Select(r => r!.ToJsonString())));
        cloud.ShouldAllBe(result => result!["detail"]!.GetValue<string>().Contains("simulated Azure", StringComparison.Ordinal));
    }
}

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

using System.Globalization;
using System.Text.RegularExpressions;
using ReplOrchestrator.Local.Simulation;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary><c>simulate</c> as a user runs it: the built executable against a server over loopback HTTP, in real time.</summary>
public sealed partial class SimulateProcessTests
{
    private static readonly IReadOnlyList<ApplianceCredential> s_credentials = SimulationHarness.Credentials(2);

    [Fact]
    public async Task Executable_Simulate_SendsHeartbeatsAnswersCommands_AndSummarisesWhatTheServerSaw()
    {
        await using var api = await FakeHeartbeatApi.StartAsync(TimeProvider.System, s_credentials);
        api.Issue("appl-01", ApplianceCommand.RunProbes("cmd-1", [ProbeKind.GatewayService, ProbeKind.StorageWrite], null));

        var run = await CliProcess.RunAsync(Environment(),
            "simulate", "--target", api.BaseAddress.ToString(), "--appliances", "2", "--vms", "3",
            "--scenario", "upload-stall", "--duration", "2s", "--heartbeat-interval", "250ms");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe($"simulating 2 appliance(s) x 3 VM(s) against {api.BaseAddress}api/heartbeats, a heartbeat every 250 ms (seed 1)");
        lines[1].ShouldMatch(@"^  appl-01: Azure Migrate appliance, 3 VMs; upload-stall on \w+ \(vm-\w+\)$");
        lines.ShouldContain(l => ReceivedLine().IsMatch(l));
        lines.ShouldContain(l => l.EndsWith("appl-01 answered cmd-1: all 2 probes passed", StringComparison.Ordinal));

        var sent = api.Received.Count;
        sent.ShouldBe(16, "two appliances, a heartbeat every 250 ms for 2 s");
        api.Received.ShouldAllBe(r => r.Parsed.IsValid);
        lines[^2].ShouldBe(string.Create(CultureInfo.InvariantCulture, $"heartbeats: {sent} sent, {sent} accepted, 0 duplicate, 0 rejected, 0 failed"));
        lines[^1].ShouldBe("commands: 1 received, 1 answered");
        run.Output.ShouldNotContain("not-for-output");
    }

    [Fact]
    public async Task Executable_Simulate_NoServer_OneLineNamingTheUrl_AndExitCode1()
    {
        var run = await CliProcess.RunAsync(Environment(), "simulate", "--target", "http://127.0.0.1:9/", "--duration", "5s");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: cannot reach the server at http://127.0.0.1:9/api/heartbeats: ");
    }

    private static Dictionary<string, string> Environment() => new()
    {
        ["Repl__Appliances__0__Id"] = s_credentials[0].Id,
        ["Repl__Appliances__0__Key"] = s_credentials[0].Key,
        ["Repl__Appliances__1__Id"] = s_credentials[1].Id,
        ["Repl__Appliances__1__Key"] = s_credentials[1].Key,
    };

    [GeneratedRegex(@"^\d\d:\d\d:\d\d appl-01 received cmd-1: RunProbes GatewayService, StorageWrite$")]
    private static partial Regex ReceivedLine();
}

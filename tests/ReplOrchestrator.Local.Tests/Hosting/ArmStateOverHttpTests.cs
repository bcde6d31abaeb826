using System.Text.Json.Nodes;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>
/// What the ARM source remembers lives in the task hub, not in the process that polls: a restart, or polls that move
/// between instances, neither end a cycle early nor report a failure twice, and any instance shows ARM's sightings.
/// </summary>
public sealed class ArmStateOverHttpTests
{
    private const string VmPath = $"/api/appliances/{ArmHost.ApplianceId}/vms/item-sql01";
    private static readonly MigrationItemJson s_sql01 = new("item-sql01", "sql01");

    [Fact]
    public async Task CycleRunningAtARestart_EndsCompleted_WhenTheNextRecoveryPointArrives()
    {
        await using var host = await ArmHost.StartAsync(_ => [Uploading("rp-1")]);
        var running = await CurrentCycleAsync(host, _ => true);

        // The cycle ends while the process is down: its first poll after the restart sees the next recovery point.
        host.Show(s_sql01 with { LastRecoveryPointId = "rp-2" });
        await TakenAsync(host, () => host.RestartAsync(downtime: TimeSpan.FromMinutes(2)));
        host.Show(Uploading("rp-2"));
        await TakenAsync(host, () => host.PassPollIntervalAsync());

        await CurrentCycleAsync(host, id => id != running);
        var vm = await host.Host.WaitForAsync(VmPath, v => v["recentCycles"]!.AsArray().Count == 1);
        Cycles(vm).ShouldBe([(running, "Succeeded")], "the cycle the restart interrupted completed; it was not superseded");
    }

    [Fact]
    public async Task HealthErrorReportedBeforeARestart_IsNotReportedAgainAfterIt()
    {
        await using var host = await ArmHost.StartAsync(_ => [Uploading("rp-1")]);
        await CurrentCycleAsync(host, _ => true);
        var raised = host.Now;
        var refused = ("1022", "The Azure Migrate appliance is unable to connect to the vSphere host", raised);
        host.Show(s_sql01 with { HealthErrors = [refused] });
        await TakenAsync(host, () => host.PassPollIntervalAsync());
        host.Show(Uploading("rp-1") with { HealthErrors = [refused] });
        await TakenAsync(host, () => host.PassPollIntervalAsync());
        // The retry makes the next recovery point; Azure still lists the error it raised before.
        host.Show(s_sql01 with { LastRecoveryPointId = "rp-2", HealthErrors = [refused] });
        await TakenAsync(host, () => host.PassPollIntervalAsync());
        var before = Cycles(await host.Host.WaitForAsync(VmPath, v => v["recentCycles"]!.AsArray().Count == 2));

        await host.RestartAsync();
        host.Show(Uploading("rp-2") with { HealthErrors = [refused] });
        await TakenAsync(host, () => host.PassPollIntervalAsync());
        await TakenAsync(host, () => host.PassPollIntervalAsync());

        var current = await CurrentCycleAsync(host, id => before.All(c => !id.StartsWith(c.Id, StringComparison.Ordinal)));
        current.ShouldNotEndWith("-1", customMessage: "no failure on the new recovery point, so no retry");
        Cycles(await host.Host.GetJsonAsync(VmPath)).ShouldBe(before);
        before.Select(c => c.Outcome).ShouldBe(["Succeeded", "Failed"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PollsTakingTurnsOnTwoInstances_TrackCyclesAsOnePollerDoes(bool twoPollers)
    {
        await using var host = await ArmHost.StartAsync(_ => [Uploading("rp-1")]);
        await CurrentCycleAsync(host, _ => true);
        var other = twoPollers ? host.AnotherPoller() : null;
        var turn = 0;
        Task PollAsync() => TakenAsync(host, () => other is not null && turn++ % 2 == 0 ? host.PollHalfAnIntervalLaterAsync(other) : host.PassPollIntervalAsync());
        var refused = ("1022", "The Azure Migrate appliance is unable to connect to the vSphere host", host.Now);

        host.Show(s_sql01 with { LastRecoveryPointId = "rp-2" });
        await PollAsync();
        host.Show(Uploading("rp-2"));
        await PollAsync();
        host.Show(Uploading("rp-2") with { HealthErrors = [refused] });
        await PollAsync();
        host.Show(Uploading("rp-2") with { HealthErrors = [refused] });
        await PollAsync();

        var retry = await CurrentCycleAsync(host, id => id.EndsWith("-1", StringComparison.Ordinal));
        // The failed cycle is recorded once its diagnosis gives up waiting for the probes nobody answers for a vault.
        var cycles = Cycles(await host.Host.WaitForAsync(VmPath, v => v["recentCycles"]!.AsArray().Count == 2, () => host.Time.Advance(TimeSpan.FromSeconds(30))));
        cycles.Select(c => c.Outcome).ShouldBe(["Failed", "Succeeded"]);
        retry.ShouldBe(cycles[0].Id + "-1", "the failed cycle's retry, from the same recovery point");
        cycles[1].Id.ShouldNotBe(cycles[0].Id);
    }

    [Fact]
    public async Task ArmSightingOfAHeartbeatVm_ShowsOnAnInstanceThatDoesNotPoll()
    {
        await using var host = await ArmHost.StartAsync(_ => []);
        await host.BeatAsync(Heartbeats.Vm("sql01"));
        // Until the VM's monitor has taken the heartbeat, nothing says the appliance reports it, and a poll would rightly
        // treat the vault's item as a VM no appliance speaks for.
        await host.Host.WaitForAsync("/api/fleet", f => Vms(f, "appl-a") is [{ } vm] && vm["sources"]!["heartbeatLastSeen"] is not null);
        host.Show(new MigrationItemJson("item-sql01", "SQL01"));
        await host.PassPollIntervalAsync();
        var polledAt = host.Now;
        await host.Host.WaitForAsync("/api/fleet", f => Vms(f, "appl-a").Single()!["sources"]!["names"]!.AsArray().Count == 2);

        await host.RestartAsync(polling: false);

        var fleet = await host.Host.GetJsonAsync("/api/fleet");
        var vm = await host.Host.GetJsonAsync("/api/appliances/appl-a/vms/sql01");
        foreach (var sources in new[] { Vms(fleet, "appl-a").Single()!["sources"]!, vm["sources"]! })
        {
            sources["names"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["heartbeat", "arm"]);
            sources["armLastSeen"]!.GetValue<DateTimeOffset>().ShouldBe(polledAt);
        }
    }

    // Polls, and waits until the VM's monitor has taken the poll, as it has long before the next one at 5-minute polls.
    private static async Task TakenAsync(ArmHost host, Func<Task> poll)
    {
        var before = (await host.Host.GetJsonAsync(VmPath))["lastReportedAt"]?.GetValue<DateTimeOffset>();
        await poll();
        await host.Host.WaitForAsync(VmPath, v => v["lastReportedAt"]?.GetValue<DateTimeOffset>() is { } at && at != before);
    }

    private static MigrationItemJson Uploading(string recoveryPoint) => s_sql01 with { LastRecoveryPointId = recoveryPoint, GatewayState = "Uploading", GatewayProgress = 30 };

    // The id of the cycle the VM is uploading in, once it is one that matches.
    private static async Task<string> CurrentCycleAsync(ArmHost host, Func<string, bool> matches)
    {
        var vm = await host.Host.WaitForAsync(VmPath, v =>
            v["currentCycle"] is { } cycle && cycle["phase"]!.GetValue<string>() == "Upload" && matches(cycle["cycleId"]!.GetValue<string>()));
        return vm["currentCycle"]!["cycleId"]!.GetValue<string>();
    }

    // The VM's recent cycles, newest first.
    private static List<(string Id, string Outcome)> Cycles(JsonNode vm) =>
        [.. vm["recentCycles"]!.AsArray().Select(c => (c!["cycleId"]!.GetValue<string>(), c["outcome"]!.GetValue<string>()))];

    private static List<JsonNode?> Vms(JsonNode fleet, string applianceId) =>
        fleet["appliances"]!.AsArray().FirstOrDefault(a => (string?)a!["applianceId"] == applianceId)?["vms"]!.AsArray().ToList() ?? [];
}

namespace ReplOrchestrator.Local.Tests.Simulation;

/// <summary>Whatever the simulator sends is a valid <c>repl-heartbeat/v1</c>, judged by the server's own parser.</summary>
public sealed class HeartbeatContractTests
{
    public static TheoryData<string> ScenarioNamesData() => [.. ScenarioCatalog.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(ScenarioNamesData))]
    public async Task EveryHeartbeat_OfEveryScenario_PassesTheHeartbeatParserAtItsReceiveTime(string scenario)
    {
        // Healthy VMs alongside, and long enough for every scenario to play out and settle.
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec
        {
            Appliances = 3, VmsPerAppliance = 4, Scenarios = [scenario, ScenarioNames.HyperVReplicaBackup],
        });
        harness.Api.Issue("appl-01", ApplianceCommand.RunProbes("cmd-1", [.. Enum.GetValues<ProbeKind>().Where(p => p.Side() == ProbeSide.Appliance)], "vm-none"));

        await harness.BeatAsync(40);

        harness.Api.Received.Count.ShouldBeGreaterThan(80);
        foreach (var received in harness.Api.Received)
        {
            received.Parsed.Problems.ShouldBeEmpty(string.Join("; ", received.Parsed.Problems));
        }

        harness.Observer.Of<HeartbeatRejected>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Heartbeats_OfALargeFleet_StayInsideTheDefaultLimits()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec
        {
            Appliances = 3, VmsPerAppliance = HeartbeatDefaults.MaxVms, Scenarios = [.. ScenarioCatalog.All.Select(s => s.Name).Where(n => n != ScenarioNames.ApplianceSilent)],
        });

        await harness.BeatAsync(3);

        harness.Api.Received.Count.ShouldBe(9);
        harness.Api.Received.ShouldAllBe(r => r.Parsed.IsValid);
        harness.Api.Received.Max(r => r.Request.Body.Length).ShouldBeLessThan(HeartbeatDefaults.MaxBodyBytes);
    }
}

using ReplOrchestrator.Local.Simulation.Fleet;

namespace ReplOrchestrator.Local.Tests.Simulation;

/// <summary>The demo's Azure: the fleet's made-up endpoints answer from the simulation, never from real DNS.</summary>
public sealed class SimulatedCloudProbeTests
{
    private static readonly SimulatedCloudProbe s_probe = new(new CloudProbeOptions());

    [Fact]
    public async Task ProbeAsync_EveryAzureEndpointOfASimulatedAppliance_PassesWithoutALookup()
    {
        var appliance = new FleetNames(7).AzureMigrateAppliance();
        var plan = new ProbePlan([.. Enum.GetValues<ProbeKind>().Where(p => p.Side() == ProbeSide.Cloud)]);

        var results = await Task.WhenAll(plan.CloudTargets(appliance.Endpoints).Select(t => s_probe.ProbeAsync(t, "dx-1", CancellationToken.None)));

        results.Length.ShouldBe(6);
        results.ShouldAllBe(r => r.Ok && !r.Refused && r.LatencyMs > 0);
        results.ShouldAllBe(r => r.Detail!.Contains("simulated Azure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProbeAsync_TargetTheServerWouldRefuse_IsRefusedTheSameWay()
    {
        var result = await s_probe.ProbeAsync(new CloudProbeTarget(ProbeKind.CloudStorageTcp, "127.0.0.1", 8080), "dx-1", CancellationToken.None);

        (result.Ok, result.Refused).ShouldBe((false, true));
        result.Detail.ShouldBe(CloudTargetRules.Refusal(new CloudProbeTarget(ProbeKind.CloudStorageTcp, "127.0.0.1", 8080), new CloudProbeOptions()));
    }
}

namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class ApplianceSilentScenarioTests
{
    [Fact]
    public async Task Appliance_SendsNothingForLongerThanTheHeartbeatTimeout_ThenComesBackWithTheNextSequence()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { Appliances = 2, VmsPerAppliance = 2, Scenarios = [ScenarioNames.ApplianceSilent] });

        await harness.BeatAsync(20);

        var silent = harness.Api.HeartbeatsOf("appl-02");
        var gaps = silent.Zip(silent.Skip(1), (a, b) => (Gap: b.SentAt - a.SentAt, Step: b.Sequence - a.Sequence)).ToList();
        gaps.ShouldAllBe(g => g.Step == 1);
        var outage = gaps.Where(g => g.Gap > harness.Interval).ShouldHaveSingleItem();
        outage.Gap.ShouldBeGreaterThan(harness.Fleet.Spec.Timings.HeartbeatTimeout);
        harness.Api.HeartbeatsOf("appl-01").Count.ShouldBe(20, "the other appliance keeps sending");

        var events = harness.Observer.Events.Where(e => e.ApplianceId == "appl-02").ToList();
        events.Select(e => e.GetType()).ShouldBe([typeof(ApplianceSilenced), typeof(ApplianceBack)]);
        ((ApplianceSilenced)events[0]).Until.ShouldBe(events[1].At - (harness.Interval / 2));
    }

    [Fact]
    public async Task SilentAppliancesVms_StartCyclingOnlyOnceItIsBack()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec { Appliances = 2, VmsPerAppliance = 3, Scenarios = [ScenarioNames.ApplianceSilent] });

        await harness.BeatAsync(20);

        var heartbeats = harness.Api.HeartbeatsOf("appl-02");
        var back = heartbeats.Zip(heartbeats.Skip(1)).First(p => p.Second.SentAt - p.First.SentAt > harness.Interval).Second;
        heartbeats.Where(h => h.SentAt < back.SentAt).SelectMany(h => h.Vms).ShouldAllBe(v => v.Cycle == null);
        heartbeats.Where(h => h.SentAt >= back.SentAt).SelectMany(h => h.Vms).ShouldContain(v => v.Cycle != null);
        harness.Fleet.Appliances[1].Vms.ShouldAllBe(vm => vm.Scenario == ScenarioNames.ApplianceSilent);
    }
}

namespace ReplOrchestrator.Local.Tests.Simulation;

public sealed class FleetSpecTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => new FleetSpec().Validate().ShouldBeEmpty();

    [Fact]
    public void Validate_UnknownScenario_NamesItAndTheScenariosThereAre()
    {
        var problem = new FleetSpec { Scenarios = ["upload-stall", "disk-on-fire"] }.Validate().ShouldHaveSingleItem();

        problem.ShouldStartWith("No scenario is called 'disk-on-fire'; the scenarios are healthy, upload-stall, dispose-hang, appliance-silent,");
    }

    [Fact]
    public void Validate_OutOfRangeCounts_AreEachReported()
    {
        var problems = new FleetSpec { Appliances = 0, VmsPerAppliance = 1001, FirstSequence = -1 }.Validate();

        problems.ShouldBe(
        [
            "The number of appliances must be between 1 and 1000 (was 0).",
            "The number of VMs per appliance must be between 1 and 1000 (was 1001).",
            "The first sequence number must not be negative (was -1).",
        ]);
    }

    [Fact]
    public void Validate_ThresholdsTooShortForTheHeartbeatInterval_SayWhyTheyMatter()
    {
        var timings = new SimulationTimings
        {
            HeartbeatInterval = TimeSpan.FromSeconds(10),
            HeartbeatTimeout = TimeSpan.FromSeconds(20),
            UploadStallTimeout = TimeSpan.FromSeconds(15),
            DisposeArtefactsTimeout = TimeSpan.FromSeconds(20),
        };

        timings.Validate().ShouldBe(
        [
            "HeartbeatTimeout (00:00:20) must be at least 3 heartbeat intervals (00:00:30), or a late heartbeat would look like an outage.",
            "UploadStallTimeout (00:00:15) must be at least 2 heartbeat intervals (00:00:20), or healthy uploads would look stalled.",
        ]);
    }

    [Fact]
    public void Validate_HyperVScenarios_WithHeartbeatsTooFarApartForAnyHyperVFrequency_AreRefused()
    {
        var spec = new FleetSpec
        {
            Scenarios = [ScenarioNames.HyperVReplicaBackup],
            Timings = new SimulationTimings { HeartbeatInterval = TimeSpan.FromMinutes(8), HeartbeatTimeout = TimeSpan.FromHours(1), UploadStallTimeout = TimeSpan.FromHours(1), DisposeArtefactsTimeout = TimeSpan.FromHours(1) },
        };

        spec.Validate().ShouldHaveSingleItem().ShouldEndWith("use an interval of at most 00:07:30 (was 00:08:00).");
        (spec with { Scenarios = [ScenarioNames.UploadStall] }).Validate().ShouldBeEmpty();
        (spec with { Timings = spec.Timings with { HeartbeatInterval = TimeSpan.FromMinutes(7.5) } }).Validate().ShouldBeEmpty();
    }

    [Fact]
    public void SequenceStartFor_ALaterRun_StartsAboveEverythingAnEarlierRunSent()
    {
        var first = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
        var heartbeatsInAMinuteAtTheFastestInterval = 60 * 10;

        var second = FleetSpec.SequenceStartFor(first.AddMinutes(1));

        second.ShouldBeGreaterThan(FleetSpec.SequenceStartFor(first) + heartbeatsInAMinuteAtTheFastestInterval);
    }

    [Fact]
    public void TimingsFor_TakeTheServersThresholds()
    {
        var timings = SimulationTimings.For(TimeSpan.FromSeconds(2),
            new CycleOptions { UploadStallTimeout = TimeSpan.FromSeconds(8), DisposeArtefactsTimeout = TimeSpan.FromSeconds(9) },
            new Domain.Appliances.ApplianceOptions { HeartbeatTimeout = TimeSpan.FromSeconds(7) });

        timings.ShouldBe(new SimulationTimings
        {
            HeartbeatInterval = TimeSpan.FromSeconds(2),
            HeartbeatTimeout = TimeSpan.FromSeconds(7),
            UploadStallTimeout = TimeSpan.FromSeconds(8),
            DisposeArtefactsTimeout = TimeSpan.FromSeconds(9),
        });
        timings.Validate().ShouldBeEmpty();
    }
}

using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Simulation;

public sealed class FleetRunnerTests
{
    [Fact]
    public async Task RunAsync_SendsARoundEveryInterval_ThenWaitsOutTheDuration()
    {
        var time = new ManualTimeProvider();
        await using var api = await FakeHeartbeatApi.StartAsync(time, SimulationHarness.Credentials(2));
        using var client = new HttpClient();
        var transport = new CountingTransport(new HttpHeartbeatTransport(client, api.BaseAddress));
        var fleet = SimulatedFleet.Create(new FleetSpec { Appliances = 2, VmsPerAppliance = 2 }, SimulationHarness.Credentials(2), time.GetUtcNow());
        var interval = fleet.Spec.Timings.HeartbeatInterval;
        var runner = new FleetRunner(fleet, transport, time);

        var run = runner.RunAsync(interval * 3, CancellationToken.None);
        for (var round = 0; round < 3; round++)
        {
            await transport.AnsweredAsync(2);
            time.Advance(interval);
        }

        var summary = await run.WaitAsync(TimeSpan.FromSeconds(30));
        summary.ShouldBe(new SimulationSummary(6, 6, 0, 0, 0, 0, 0));
        api.Received.Select(r => r.Parsed.Heartbeat!.SentAt - fleet.Start).Distinct().ShouldBe([TimeSpan.Zero, interval, interval * 2]);
    }

    [Fact]
    public async Task RunAsync_Cancelled_EndsQuietly_WithTheCountsSoFar()
    {
        var time = new ManualTimeProvider();
        await using var api = await FakeHeartbeatApi.StartAsync(time, SimulationHarness.Credentials(1));
        using var client = new HttpClient();
        var transport = new CountingTransport(new HttpHeartbeatTransport(client, api.BaseAddress));
        var fleet = SimulatedFleet.Create(new FleetSpec(), SimulationHarness.Credentials(1), time.GetUtcNow());
        var runner = new FleetRunner(fleet, transport, time);
        using var stop = new CancellationTokenSource();

        var run = runner.RunAsync(duration: null, stop.Token);
        await transport.AnsweredAsync(1);
        await stop.CancelAsync();

        (await run.WaitAsync(TimeSpan.FromSeconds(30))).HeartbeatsSent.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_AfterASlowRound_RunsTheRoundsDueAtOnce_OnTheGrid()
    {
        await using var harness = await SimulationHarness.StartAsync(new FleetSpec());
        await harness.Runner.RunRoundAsync(CancellationToken.None);

        // The clock jumps past two rounds' due times while nobody runs them.
        harness.Time.Advance(harness.Interval * 2.5);
        var run = harness.Runner.RunAsync(harness.Interval * 3, CancellationToken.None);
        harness.Time.Advance(harness.Interval);

        (await run.WaitAsync(TimeSpan.FromSeconds(30))).HeartbeatsSent.ShouldBe(3);
        harness.Api.HeartbeatsOf("appl-01").Select(h => h.Sequence).ShouldBe([1, 2, 3]);
    }
}

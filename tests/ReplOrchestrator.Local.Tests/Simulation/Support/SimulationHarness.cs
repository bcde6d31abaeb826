using System.Globalization;
using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Simulation.Support;

/// <summary>
/// A fleet on a manual clock against a <see cref="FakeHeartbeatApi"/> over real HTTP. Each
/// <see cref="BeatAsync"/> runs one round at the current simulated time, then moves the clock one
/// heartbeat interval, so a test walks through a scenario beat by beat without waiting.
/// </summary>
internal sealed class SimulationHarness : IAsyncDisposable
{
    private readonly HttpClient _client = new();

    private SimulationHarness(ManualTimeProvider time, FakeHeartbeatApi api, SimulatedFleet fleet)
    {
        Time = time;
        Api = api;
        Fleet = fleet;
        Runner = new FleetRunner(fleet, new HttpHeartbeatTransport(_client, api.BaseAddress), time, Observer);
    }

    public ManualTimeProvider Time { get; }

    public FakeHeartbeatApi Api { get; }

    public SimulatedFleet Fleet { get; }

    public FleetRunner Runner { get; }

    public RecordingObserver Observer { get; } = new();

    public TimeSpan Interval => Fleet.Spec.Timings.HeartbeatInterval;

    public static IReadOnlyList<ApplianceCredential> Credentials(int count) =>
    [
        .. Enumerable.Range(1, count).Select(i =>
            new ApplianceCredential($"appl-{i:00}", "key-" + i.ToString(CultureInfo.InvariantCulture) + "-not-for-output")),
    ];

    /// <summary>A fleet of <paramref name="vms"/> VMs per appliance, on as few appliances as <paramref name="scenario"/> needs, playing it.</summary>
    public static Task<SimulationHarness> StartAsync(string scenario, int vms) =>
        StartAsync(new FleetSpec { VmsPerAppliance = vms, Scenarios = [scenario] });

    public static async Task<SimulationHarness> StartAsync(FleetSpec spec)
    {
        var time = new ManualTimeProvider();
        var credentials = Credentials(spec.Appliances);
        var api = await FakeHeartbeatApi.StartAsync(time, credentials);
        return new SimulationHarness(time, api, SimulatedFleet.Create(spec, credentials, time.GetUtcNow()));
    }

    /// <summary>The first VM that plays <paramref name="scenario"/>, with its appliance.</summary>
    public (string ApplianceId, VmIdentity Vm) Playing(string scenario)
    {
        var appliance = Fleet.Appliances.First(a => a.Vms.Any(vm => vm.Scenario == scenario));
        return (appliance.Id, appliance.Vms.First(vm => vm.Scenario == scenario).Identity);
    }

    /// <summary>The VM playing the fleet's first scenario, and its appliance.</summary>
    public (string ApplianceId, VmIdentity Vm) Subject => Playing(Fleet.Spec.Scenarios[0]);

    /// <summary>Each valid heartbeat of the subject's appliance with the subject's report in it, in order.</summary>
    public IReadOnlyList<(Heartbeat Heartbeat, VmReport Vm)> SubjectReports() => ReportsOf(Subject.ApplianceId, Subject.Vm.VmId);

    /// <summary>
    /// Has the server ask the subject's appliance to run <paramref name="probes"/> for the subject, lets two
    /// rounds pass (the command goes out with one answer, the results come back with the next heartbeat)
    /// and returns the results that arrived.
    /// </summary>
    public async Task<IReadOnlyList<ProbeResult>> RunProbesAsync(string commandId, params ProbeKind[] probes)
    {
        Api.Issue(Subject.ApplianceId, ApplianceCommand.RunProbes(commandId, probes, Subject.Vm.VmId));
        await BeatAsync(2);
        return [.. Api.HeartbeatsOf(Subject.ApplianceId).SelectMany(h => h.ProbeResults).Where(r => r.CommandId == commandId)];
    }

    /// <summary>The cycles a VM reported, each as the heartbeats saw it, in order.</summary>
    public IReadOnlyList<IReadOnlyList<SeenCycle>> CyclesOf(string applianceId, string vmId) =>
    [
        .. ReportsOf(applianceId, vmId)
            .Where(r => r.Vm.Cycle is not null)
            .Select(r => new SeenCycle(r.Heartbeat.SentAt, r.Vm.Cycle!))
            .GroupBy(c => c.Cycle.CycleId)
            .Select(g => (IReadOnlyList<SeenCycle>)[.. g]),
    ];

    /// <summary>The subject's cycles, each as the heartbeats saw it, in order.</summary>
    public IReadOnlyList<IReadOnlyList<SeenCycle>> SubjectCycles() => CyclesOf(Subject.ApplianceId, Subject.Vm.VmId);

    /// <summary>Each valid heartbeat of the appliance with the VM's report in it, in order.</summary>
    public IReadOnlyList<(Heartbeat Heartbeat, VmReport Vm)> ReportsOf(string applianceId, string vmId) =>
        [.. Api.HeartbeatsOf(applianceId).Select(h => (h, h.Vms.Single(v => v.VmId == vmId)))];

    /// <summary>Runs one round now, then moves the clock to the next round.</summary>
    public async Task<IReadOnlyList<BeatReport>> BeatAsync()
    {
        var reports = await Runner.RunRoundAsync(CancellationToken.None);
        Time.Advance(Interval);
        return reports;
    }

    /// <summary>Runs <paramref name="rounds"/> rounds, one beat apart.</summary>
    public async Task BeatAsync(int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            await BeatAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await Api.DisposeAsync();
    }
}

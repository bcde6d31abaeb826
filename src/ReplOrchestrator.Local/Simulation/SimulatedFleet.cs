using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Scenarios;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>
/// A fleet of simulated appliances and their VMs, each playing its scenario from <see cref="Start"/> on.
/// Drive it with a <see cref="FleetRunner"/>.
/// </summary>
internal sealed class SimulatedFleet
{
    private SimulatedFleet(DateTimeOffset start, FleetSpec spec, IReadOnlyList<SimulatedAppliance> appliances)
    {
        Start = start;
        Spec = spec;
        Clock = new BeatClock(start, spec.Timings.HeartbeatInterval);
        Appliances = appliances;
    }

    /// <summary>When the scenarios started: beat 0.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>What was asked for.</summary>
    public FleetSpec Spec { get; }

    /// <summary>The heartbeat grid.</summary>
    public BeatClock Clock { get; }

    /// <summary>The appliances, in the order of the credentials they use.</summary>
    public IReadOnlyList<SimulatedAppliance> Appliances { get; }

    /// <summary>Everything that stops <paramref name="spec"/> from running with <paramref name="credentialCount"/> credentials; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(FleetSpec spec, int credentialCount)
    {
        var problems = spec.Validate();
        return credentialCount >= spec.Appliances
            ? problems
            : [.. problems, $"The fleet needs {spec.Appliances} appliance credential(s) but {ApplianceCredentials.Section} has {credentialCount}; "
                + "configure one per appliance as Repl__Appliances__<n>__Id and Repl__Appliances__<n>__Key, as for the server."];
    }

    /// <summary>Builds the fleet; appliance <c>i</c> uses <c>credentials[i]</c>.</summary>
    /// <exception cref="ArgumentException">The spec is invalid or there are too few credentials (see <see cref="Problems"/>).</exception>
    public static SimulatedFleet Create(FleetSpec spec, IReadOnlyList<ApplianceCredential> credentials, DateTimeOffset start)
    {
        if (Problems(spec, credentials.Count) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(spec));
        }

        var clock = new BeatClock(start, spec.Timings.HeartbeatInterval);
        var slots = FleetLayout.Plan(spec.Appliances, spec.VmsPerAppliance, spec.ResolveScenarios()!, out _)!;
        var names = new FleetNames(spec.Seed);
        var appliances = slots.Select((slot, i) =>
        {
            var profile = slot.Role switch
            {
                ApplianceRole.HyperVPrimary => FleetNames.HyperVPrimary(),
                ApplianceRole.HyperVReplica => FleetNames.HyperVReplica(),
                _ => names.AzureMigrateAppliance(),
            };
            var vms = Enumerable.Range(0, spec.VmsPerAppliance)
                .Select(j => CreateVm(spec, clock, names, profile, j, slot.ScenarioOf(j), new Random(SeedOf(spec.Seed, i, j))))
                .ToList();
            var silences = slot.ApplianceScenario?.PlanSilences(clock, spec.Timings) ?? [];
            return new SimulatedAppliance(credentials[i], profile, vms, silences, spec.FirstSequence, new Random(SeedOf(spec.Seed, i, -1)));
        }).ToList();

        return new SimulatedFleet(start, spec, appliances);
    }

    /// <summary>Every VM as the simulator sees it at <paramref name="now"/>, appliance by appliance.</summary>
    public IReadOnlyList<VmSnapshot> Snapshot(DateTimeOffset now) =>
    [
        .. Appliances.SelectMany(a => a.Vms.Select(vm =>
        {
            var report = vm.ReportAt(now);
            return new VmSnapshot(a.Id, a.Profile.Kind, report.VmId, vm.Identity.Name, vm.Identity.Host, vm.Scenario,
                report.Replication.State, report.Cycle, a.IsSilentAt(now));
        })),
    ];

    private static SimulatedVm CreateVm(
        FleetSpec spec, BeatClock clock, FleetNames names, ApplianceProfile profile, int index, Scenario scenario, Random random)
    {
        var identity = names.Vm(profile, index, CycleFactory.ReportedFrequencySeconds(clock));
        var cycles = new CycleFactory(clock, profile.Kind, identity, random);
        var script = scenario.PlanVm(new ScenarioContext(spec.Timings, profile, cycles));

        // Healthy VMs start at different beats, so a table of them is never all in one phase.
        var staggerBeats = random.Next(profile.Kind == ApplianceKind.HyperVReplica ? CycleFactory.HyperVIntervalBeats : CycleFactory.AzureMigrateGapBeats);
        return new SimulatedVm(identity, scenario.Name, new VmTimeline(script, cycles, clock.At(0.5 + staggerBeats)));
    }

    // Each VM and appliance has a generator of its own: cycles are made as time reaches them, and whichever
    // VM a heartbeat or a live table asks first must not change what another VM's next cycle looks like.
    private static int SeedOf(int seed, int appliance, int vm) => unchecked((((seed * 31) + appliance) * 1009) + vm);
}

using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Fleet;
using ReplOrchestrator.Local.Simulation.Scenarios;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>What fleet to simulate: how many appliances and VMs, which scenarios, with which timings and seed.</summary>
/// <remarks>
/// Every VM is healthy unless a scenario is placed on it (see <see cref="FleetLayout"/> for where each
/// scenario goes). The same spec, seed and start time give the same fleet and the same heartbeats.
/// </remarks>
internal sealed record FleetSpec : IValidatedOptions
{
    /// <summary>The most appliances one fleet may have.</summary>
    public const int MaxAppliances = 1000;

    /// <summary>How many appliances; each needs a configured credential.</summary>
    /// <value>Defaults to 1; 1 to <see cref="MaxAppliances"/>.</value>
    public int Appliances { get; init; } = 1;

    /// <summary>How many VMs each appliance replicates.</summary>
    /// <value>Defaults to 5; 1 to <see cref="HeartbeatDefaults.MaxVms"/>.</value>
    public int VmsPerAppliance { get; init; } = 5;

    /// <summary>Scenario names (<see cref="ScenarioNames"/>) to mix in; a name twice plays twice.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>The seed of every random choice: names, sizes, deltas, probe latencies.</summary>
    /// <value>Defaults to 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>The heartbeat interval and the thresholds the scenarios overrun.</summary>
    public SimulationTimings Timings { get; init; } = new();

    /// <summary>
    /// Each appliance's first sequence number; later heartbeats count up by one. A value above anything
    /// sent before keeps a restarted simulation from being taken for a repeat.
    /// </summary>
    /// <value>Defaults to 1; zero or more. Against a server that keeps its state, use <see cref="SequenceStartFor"/>.</value>
    public long FirstSequence { get; init; } = 1;

    /// <summary>
    /// A first sequence number above anything an earlier run sent: the Unix milliseconds of
    /// <paramref name="start"/>. Milliseconds pass faster than any fleet sends heartbeats (at most one
    /// per appliance every 100 ms), so a rerun against the same server is never taken for a repeat.
    /// </summary>
    public static long SequenceStartFor(DateTimeOffset start) => start.ToUnixTimeMilliseconds();

    /// <summary>The scenarios named, or null when a name is unknown.</summary>
    public IReadOnlyList<Scenario>? ResolveScenarios()
    {
        var resolved = Scenarios.Select(ScenarioCatalog.Find).OfType<Scenario>().ToList();
        return resolved.Count == Scenarios.Count ? resolved : null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(Timings.Validate());
        if (Appliances is < 1 or > MaxAppliances)
        {
            problems.Add($"The number of appliances must be between 1 and {MaxAppliances} (was {Appliances}).");
        }

        if (VmsPerAppliance is < 1 or > HeartbeatDefaults.MaxVms)
        {
            problems.Add($"The number of VMs per appliance must be between 1 and {HeartbeatDefaults.MaxVms} (was {VmsPerAppliance}).");
        }

        if (FirstSequence < 0)
        {
            problems.Add($"The first sequence number must not be negative (was {FirstSequence}).");
        }

        var unknown = Scenarios.Where(name => ScenarioCatalog.Find(name) is null).ToList();
        if (unknown.Count > 0)
        {
            problems.Add($"No scenario is called {string.Join(", ", unknown.Select(n => $"'{n}'"))}; the scenarios are "
                + $"{string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}.");
        }
        else if (problems.Count == 0 && FleetLayout.Plan(Appliances, VmsPerAppliance, ResolveScenarios()!, out var layoutProblem) is null)
        {
            problems.Add(layoutProblem!);
        }
        else if (ResolveScenarios()!.Any(s => s.Placement is ScenarioPlacement.HyperVPrimaryVm or ScenarioPlacement.HyperVReplicaVm)
            && Timings.HeartbeatInterval * CycleFactory.HyperVIntervalBeats > TimeSpan.FromSeconds(ReplicationInfo.HyperVFrequencies[^1]))
        {
            problems.Add($"Hyper-V Replica sends at least every {ReplicationInfo.HyperVFrequencies[^1]} s, and the simulated hosts send every "
                + $"{CycleFactory.HyperVIntervalBeats} heartbeat intervals: use an interval of at most 00:07:30 (was {Timings.HeartbeatInterval:c}).");
        }

        return problems;
    }
}

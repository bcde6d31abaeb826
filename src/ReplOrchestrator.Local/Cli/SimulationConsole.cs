using System.Globalization;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Cli;

/// <summary>
/// What <c>simulate</c> prints: the fleet, one line per notable event stamped with its simulated time,
/// and the counts at the end. Events can be held back until the run is known to have started.
/// </summary>
internal sealed class SimulationConsole(TextWriter output) : ISimulationObserver
{
    private readonly Lock _gate = new();
    private List<SimulationEvent>? _held = [];

    /// <inheritdoc/>
    public void OnEvent(SimulationEvent simulationEvent)
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add(simulationEvent);
                return;
            }

            Write(simulationEvent);
        }
    }

    /// <summary>Prints the events held so far, and every later one as it comes.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _held?.ForEach(Write);
            _held = null;
        }
    }

    /// <summary>Names the fleet, the target and which VM plays which scenario.</summary>
    public void WriteFleet(SimulatedFleet fleet, Uri endpoint)
    {
        var spec = fleet.Spec;
        lock (_gate)
        {
            output.WriteLine(Invariant(
                $"simulating {spec.Appliances} appliance(s) x {spec.VmsPerAppliance} VM(s) against {endpoint}, a heartbeat every {Interval(spec.Timings.HeartbeatInterval)} (seed {spec.Seed})"));
            foreach (var appliance in fleet.Appliances)
            {
                var scenarios = appliance.Vms.Where(vm => vm.Scenario != ScenarioNames.Healthy)
                    .GroupBy(vm => vm.Scenario)
                    .Select(group => group.Count() == appliance.Vms.Count && group.Count() > 1
                        ? $"{group.Key} (the whole appliance)"
                        : string.Join(", ", group.Select(vm => $"{vm.Scenario} on {vm.Identity.Name} ({vm.Identity.VmId})")))
                    .ToList();
                output.WriteLine($"  {appliance.Id}: {appliance.Profile.Role}, {appliance.Vms.Count} VMs"
                    + (scenarios.Count > 0 ? "; " + string.Join(", ", scenarios) : ""));
            }
        }
    }

    /// <summary>The counts of the run.</summary>
    public void WriteSummary(SimulationSummary summary)
    {
        lock (_gate)
        {
            output.WriteLine(Invariant(
                $"heartbeats: {summary.HeartbeatsSent} sent, {summary.Accepted} accepted, {summary.Duplicate} duplicate, {summary.Rejected} rejected, {summary.Failed} failed"));
            output.WriteLine(Invariant($"commands: {summary.CommandsReceived} received, {summary.CommandsAnswered} answered"));
        }
    }

    private void Write(SimulationEvent simulationEvent) =>
        output.WriteLine(Invariant($"{simulationEvent.At:HH:mm:ss} {simulationEvent.Describe()}"));

    private static string Interval(TimeSpan interval) =>
        interval < TimeSpan.FromSeconds(1) ? Invariant($"{interval.TotalMilliseconds:0} ms") : HumanText.Duration(interval);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

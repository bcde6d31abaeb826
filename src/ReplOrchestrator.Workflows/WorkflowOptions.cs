using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows;

/// <summary>
/// Everything the workflows decide with, bound from configuration sections <c>Repl:Cycle</c>,
/// <c>Repl:Appliance</c>, <c>Repl:Health</c>, <c>Repl:Diagnosis</c>, <c>Repl:Alerts</c> and
/// <c>Repl:Monitoring</c>. Defaults and what they are based on are documented on each record.
/// </summary>
/// <remarks>
/// Orchestrators receive these at construction, not in their input: a changed value applies to
/// running instances from their next decision (durable timers already created keep their time).
/// Not so the generation bounds (<see cref="MonitorOptions.MaxSignalsPerGeneration"/>,
/// <see cref="MonitorOptions.MaxEventsPerGeneration"/>): a replay under a lower bound can continue as new
/// earlier than its history did, which the replay rejects as non-deterministic. Raise them freely; lower
/// them only while no monitor runs.
/// </remarks>
public sealed record WorkflowOptions : IValidatedOptions
{
    /// <summary>Phase deadlines and missed-cycle grace.</summary>
    public CycleOptions Cycle { get; init; } = new();

    /// <summary>Heartbeat timeout and the outage after which cycles restart.</summary>
    public ApplianceOptions Appliance { get; init; } = new();

    /// <summary>Health window, RPO targets, tolerance and hysteresis.</summary>
    public HealthOptions Health { get; init; } = new();

    /// <summary>How long a diagnosis waits for probe results.</summary>
    public DiagnosisOptions Diagnosis { get; init; } = new();

    /// <summary>Grouping wait and repeat interval of notifications.</summary>
    public AlertOptions Alerts { get; init; } = new();

    /// <summary>Generation bounds, resolve hold, event quiet period, remediation.</summary>
    public MonitorOptions Monitoring { get; init; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> Validate() =>
    [
        .. Cycle.Validate().Select(p => "Cycle: " + p),
        .. Appliance.Validate().Select(p => "Appliance: " + p),
        .. Health.Validate().Select(p => "Health: " + p),
        .. Diagnosis.Validate().Select(p => "Diagnosis: " + p),
        .. Alerts.Validate().Select(p => "Alerts: " + p),
        .. Monitoring.Validate().Select(p => "Monitoring: " + p),
    ];
}

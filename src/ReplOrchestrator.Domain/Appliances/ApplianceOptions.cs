using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Appliances;

/// <summary>How the monitor judges an appliance's liveness; bound from <c>Repl:Appliance</c>.</summary>
public sealed record ApplianceOptions : IValidatedOptions
{
    /// <summary>How long after the last heartbeat the appliance counts as lost (<c>ApplianceHeartbeatLost</c>).</summary>
    /// <value>Defaults to <see cref="ApplianceDefaults.HeartbeatTimeout"/> (15 min); 1 s to 1 day.</value>
    public TimeSpan HeartbeatTimeout { get; init; } = ApplianceDefaults.HeartbeatTimeout;

    /// <summary>
    /// How long an outage may last before Azure Migrate restarts active cycles from 0 %: a cycle whose bytes
    /// fall back after a longer outage is an expected restart, not a new failure.
    /// </summary>
    /// <value>Defaults to <see cref="ApplianceDefaults.CycleResetAfterOutage"/> (90 min, documented by Microsoft); 1 s to 1 day.</value>
    public TimeSpan CycleResetAfterOutage { get; init; } = ApplianceDefaults.CycleResetAfterOutage;

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate() => new OptionRules()
        .Between(nameof(HeartbeatTimeout), HeartbeatTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1))
        .Between(nameof(CycleResetAfterOutage), CycleResetAfterOutage, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1))
        .Problems;
}

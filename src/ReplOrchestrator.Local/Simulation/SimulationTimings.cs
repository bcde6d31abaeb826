using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Cycles;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>
/// The durations every scenario is measured in: the heartbeat interval (one beat) and the server's
/// thresholds the scenarios overrun. Give it the server's own options (<see cref="For"/>) and a
/// compressed server gets a compressed simulation that still crosses each threshold.
/// </summary>
/// <remarks>
/// Healthy phases last whole beats; every overrun lasts twice its threshold, rounded up to whole beats.
/// The thresholds must leave room for healthy progress to be seen: a healthy upload or disposal shows
/// progress at every heartbeat, so each threshold must be at least two beats, and the heartbeat timeout
/// three (the rule the default 5-minute interval and 15-minute timeout follow).
/// </remarks>
internal sealed record SimulationTimings : IValidatedOptions
{
    /// <summary>Default heartbeat interval: the 5 minutes the deployment is sized for.</summary>
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromMinutes(5);

    /// <summary>How often each appliance sends a heartbeat.</summary>
    /// <value>Defaults to <see cref="DefaultHeartbeatInterval"/> (5 min); 100 ms to 1 h.</value>
    public TimeSpan HeartbeatInterval { get; init; } = DefaultHeartbeatInterval;

    /// <summary>The server's <c>Repl:Appliance:HeartbeatTimeout</c>, which <c>appliance-silent</c> overruns.</summary>
    /// <value>Defaults to <see cref="ApplianceDefaults.HeartbeatTimeout"/> (15 min); at least three heartbeat intervals.</value>
    public TimeSpan HeartbeatTimeout { get; init; } = ApplianceDefaults.HeartbeatTimeout;

    /// <summary>The server's <c>Repl:Cycle:UploadStallTimeout</c>, which <c>upload-stall</c> overruns.</summary>
    /// <value>Defaults to <see cref="CycleDefaults.UploadStallTimeout"/> (30 min); at least two heartbeat intervals.</value>
    public TimeSpan UploadStallTimeout { get; init; } = CycleDefaults.UploadStallTimeout;

    /// <summary>The server's <c>Repl:Cycle:DisposeArtefactsTimeout</c>, which <c>dispose-hang</c> overruns.</summary>
    /// <value>Defaults to <see cref="CycleDefaults.DisposeArtefactsTimeout"/> (30 min); at least two heartbeat intervals.</value>
    public TimeSpan DisposeArtefactsTimeout { get; init; } = CycleDefaults.DisposeArtefactsTimeout;

    /// <summary>Timings that fit a server configured with <paramref name="cycle"/> and <paramref name="appliance"/>.</summary>
    public static SimulationTimings For(TimeSpan heartbeatInterval, CycleOptions cycle, ApplianceOptions appliance) => new()
    {
        HeartbeatInterval = heartbeatInterval,
        HeartbeatTimeout = appliance.HeartbeatTimeout,
        UploadStallTimeout = cycle.UploadStallTimeout,
        DisposeArtefactsTimeout = cycle.DisposeArtefactsTimeout,
    };

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate()
    {
        if (HeartbeatInterval < TimeSpan.FromMilliseconds(100) || HeartbeatInterval > TimeSpan.FromHours(1))
        {
            return [$"The heartbeat interval must be between 00:00:00.1 and 01:00:00 (was {HeartbeatInterval:c})."];
        }

        var problems = new List<string>();
        AtLeast(problems, "HeartbeatTimeout", HeartbeatTimeout, 3, "a late heartbeat would look like an outage");
        AtLeast(problems, "UploadStallTimeout", UploadStallTimeout, 2, "healthy uploads would look stalled");
        AtLeast(problems, "DisposeArtefactsTimeout", DisposeArtefactsTimeout, 2, "healthy disposals would look hung");
        return problems;
    }

    private void AtLeast(List<string> problems, string name, TimeSpan value, int beats, string why)
    {
        if (value < HeartbeatInterval * beats)
        {
            problems.Add($"{name} ({value:c}) must be at least {beats} heartbeat intervals ({HeartbeatInterval * beats:c}), or {why}.");
        }
    }
}

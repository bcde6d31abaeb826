using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The limits <see cref="HeartbeatParser"/> enforces; bound from <c>Repl:Heartbeats</c>.</summary>
public sealed record HeartbeatLimits : IValidatedOptions
{
    /// <summary>Largest body read, in bytes; larger bodies are rejected unread.</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxBodyBytes"/> (1 MiB); 1 KiB to 16 MiB.</value>
    public int MaxBodyBytes { get; init; } = HeartbeatDefaults.MaxBodyBytes;

    /// <summary>Most VMs one heartbeat may report.</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxVms"/> (1,000); 1 to 10,000.</value>
    public int MaxVms { get; init; } = HeartbeatDefaults.MaxVms;

    /// <summary>Most disks one VM's cycle may report.</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxDisksPerVm"/> (64); 1 to 256.</value>
    public int MaxDisksPerVm { get; init; } = HeartbeatDefaults.MaxDisksPerVm;

    /// <summary>Most event-log entries one heartbeat may carry.</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxEvents"/> (500); 0 to 10,000.</value>
    public int MaxEvents { get; init; } = HeartbeatDefaults.MaxEvents;

    /// <summary>
    /// Most endpoints of one role (<c>Storage</c>, <c>ServiceBus</c>, <c>KeyVault</c>, <c>VCenter</c>) one heartbeat may list;
    /// the whole list may hold this many per role.
    /// </summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxEndpointsPerRole"/> (10); 1 to 100.</value>
    public int MaxEndpointsPerRole { get; init; } = HeartbeatDefaults.MaxEndpointsPerRole;

    /// <summary>How far any timestamp may lie after the receive time (the appliance's clock running fast).</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxClockSkew"/> (5 min); 0 to 1 h.</value>
    public TimeSpan MaxClockSkew { get; init; } = HeartbeatDefaults.MaxClockSkew;

    /// <summary>How long before the receive time <c>sentAt</c> may lie (delay plus a slow clock).</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxHeartbeatAge"/> (15 min); 1 min to 1 day.</value>
    public TimeSpan MaxHeartbeatAge { get; init; } = HeartbeatDefaults.MaxHeartbeatAge;

    /// <summary>How long before the receive time a cycle start or event time may lie.</summary>
    /// <value>Defaults to <see cref="HeartbeatDefaults.MaxTimestampAge"/> (30 days); 1 h to 365 days.</value>
    public TimeSpan MaxTimestampAge { get; init; } = HeartbeatDefaults.MaxTimestampAge;

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate() => new OptionRules()
        .Between(nameof(MaxBodyBytes), MaxBodyBytes, 1024, 16 * 1024 * 1024)
        .Between(nameof(MaxVms), MaxVms, 1, 10_000)
        .Between(nameof(MaxDisksPerVm), MaxDisksPerVm, 1, 256)
        .Between(nameof(MaxEvents), MaxEvents, 0, 10_000)
        .Between(nameof(MaxEndpointsPerRole), MaxEndpointsPerRole, 1, 100)
        .Between(nameof(MaxClockSkew), MaxClockSkew, TimeSpan.Zero, TimeSpan.FromHours(1))
        .Between(nameof(MaxHeartbeatAge), MaxHeartbeatAge, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1))
        .Between(nameof(MaxTimestampAge), MaxTimestampAge, TimeSpan.FromHours(1), TimeSpan.FromDays(365))
        .Problems;
}

using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>
/// The agent's one configuration file (JSON, keys case-insensitive), checked whole by
/// <see cref="AgentOptionsValidator"/> before anything runs.
/// </summary>
public sealed class AgentOptions
{
    /// <summary>The ReplOrchestrator server, for example <c>https://repl.contoso.com/</c>; heartbeats go to <c>{serverUrl}/api/heartbeats</c>.</summary>
    public Uri? ServerUrl { get; set; }

    /// <summary>The appliance id this agent reports as; the server's key for it must match.</summary>
    public string? ApplianceId { get; set; }

    /// <summary>A file holding the appliance key on one line, readable by its owner only (mode 600 on Linux).</summary>
    /// <value>Exactly one of <see cref="KeyFile"/> and <see cref="KeyCredential"/> is set.</value>
    public string? KeyFile { get; set; }

    /// <summary>Windows only: the target name of a generic credential in the Windows credential store holding the key as its password.</summary>
    public string? KeyCredential { get; set; }

    /// <summary>What replicates behind this host.</summary>
    public ApplianceKind? Kind { get; set; }

    /// <summary>How often a heartbeat is sent.</summary>
    /// <value>Defaults to <see cref="AgentDefaults.Interval"/> (1 min); 100 ms to 15 min (the server's heartbeat timeout).</value>
    public TimeSpan Interval { get; set; } = AgentDefaults.Interval;

    /// <summary>Where the sequence, the spool and the event bookmark are kept; created when missing.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Most event-log entries kept in the spool while the server is unreachable; older ones are dropped and counted.</summary>
    /// <value>Defaults to <see cref="AgentDefaults.MaxSpooledEvents"/> (5,000); 10 to 1,000,000.</value>
    public int MaxSpooledEvents { get; set; } = AgentDefaults.MaxSpooledEvents;

    /// <summary>What the probes may check: the only hosts the agent ever probes.</summary>
    public ProbeOptions Probes { get; set; } = new();

    /// <summary>Where host facts (services, Hyper-V replication, the VMMS event log) come from.</summary>
    public HostSourceOptions Host { get; set; } = new();
}

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>The agent's defaults and the reasons for them.</summary>
public static class AgentDefaults
{
    /// <summary>The configuration file read when none is named: <c>agent.json</c> beside the executable.</summary>
    public const string ConfigurationFile = "agent.json";

    /// <summary>5,000 events: ten heartbeats' worth at the contract's 500 per heartbeat, a few hours of a bad outage.</summary>
    public const int MaxSpooledEvents = 5000;

    /// <summary>1 minute: a fifteenth of the server's 15-minute heartbeat timeout, so a few lost heartbeats raise nothing.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>5 seconds: <c>Test-NetConnection</c>'s order of patience; a healthy Azure endpoint answers in well under one.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>1 hour: a new agent reports recent trouble without replaying the log's whole history.</summary>
    public static readonly TimeSpan FirstEventLookback = TimeSpan.FromHours(1);

    /// <summary>The longest interval: the server's heartbeat timeout, past which the appliance counts as lost.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromMinutes(15);
}

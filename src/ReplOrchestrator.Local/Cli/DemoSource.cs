namespace ReplOrchestrator.Local.Cli;

/// <summary>Where the demo's host learns of replication: <c>demo --source</c>.</summary>
internal enum DemoSource
{
    /// <summary>Heartbeats of simulated appliances (and real agents with <c>--agents</c>), posted to the API.</summary>
    Heartbeats,

    /// <summary>A Recovery Services vault read through Azure Resource Manager: the agentless path, from a local ARM stand-in.</summary>
    Arm,
}

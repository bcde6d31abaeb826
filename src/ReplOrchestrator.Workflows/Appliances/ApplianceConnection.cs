namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>Whether an appliance is heard from.</summary>
public enum ApplianceConnection
{
    /// <summary>Heartbeats arrive within the timeout.</summary>
    Connected,

    /// <summary>No heartbeat within the timeout: the appliance, its agent or the network is down.</summary>
    HeartbeatLost,
}

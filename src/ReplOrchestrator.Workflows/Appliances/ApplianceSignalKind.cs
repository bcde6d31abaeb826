namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>What an appliance monitor is told.</summary>
public enum ApplianceSignalKind
{
    /// <summary>A heartbeat accepted by the API.</summary>
    Heartbeat,

    /// <summary>A command to hand the appliance with the next heartbeat answer.</summary>
    QueueCommand,
}

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>What the monitor asks an appliance to do, carried in a heartbeat response.</summary>
public enum CommandKind
{
    /// <summary>Run the listed appliance-side probes and report their results in a later heartbeat.</summary>
    RunProbes,

    /// <summary>Resume a VM's suspended replication (Hyper-V <c>Resume-VMReplication</c>).</summary>
    ResumeReplication,
}

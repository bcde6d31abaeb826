using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.HyperV;

/// <summary>Hyper-V's replication state names (<c>Microsoft.HyperV.PowerShell.VMReplicationState</c>) in the contract's terms.</summary>
internal static class HyperVStates
{
    /// <summary>The contract state of a Hyper-V state name; null for states the contract has no word for (failed over, disabled, fire drill).</summary>
    public static ReplicationState? ToContract(string state) => state switch
    {
        "Replicating" => ReplicationState.Replicating,
        "Suspended" => ReplicationState.Suspended,
        "Paused" => ReplicationState.Paused,
        "Error" or "UpdateError" or "Critical" => ReplicationState.Error,
        "WaitingForStartResynchronize" or "Resynchronizing" or "ResynchronizeSuspended" => ReplicationState.ResyncRequired,
        "ReadyForInitialReplication" or "InitialReplicationInProgress" or "WaitingForInitialReplication" => ReplicationState.InitialReplication,
        _ => null,
    };

    /// <summary>Whether the restart script would resume a VM in <paramref name="state"/>: it resumes Suspended and Error only.</summary>
    public static bool NeedsResume(string state) => state is "Suspended" or "Error";
}

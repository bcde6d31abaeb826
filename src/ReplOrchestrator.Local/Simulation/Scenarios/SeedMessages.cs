using ReplOrchestrator.Local.Simulation.Fleet;

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>
/// The error and event texts of the seed documents, word for word, with a VM's name, id and hosts
/// filled in where the documents show placeholders.
/// </summary>
internal static class SeedMessages
{
    /// <summary>
    /// The provider of the Hyper-V Virtual Machine Management service's events. Event Viewer shows it
    /// as "Hyper-V-VMMS"; the event's provider name, which an agent reads, is the full one.
    /// </summary>
    public const string VmmsSource = "Microsoft-Windows-Hyper-V-VMMS";

    /// <summary>The error id of Host Connection Refused.</summary>
    public const string HostConnectionRefusedCode = "1022";

    /// <summary>
    /// The guide gives no id for the changed-block error; the appliance reports the error by name.
    /// </summary>
    public const string FetchChangedBlocksCode = "FetchChangedBlocksFailed";

    /// <summary>Hyper-V reports a cancelled send with the id of the event that logs it.</summary>
    public const string ReplicationCancelledCode = "32022";

    /// <summary>"Encountered an error while trying to fetch changed blocks", as the error message reads.</summary>
    public const string FetchChangeBlocks = "Encountered an error while trying to fetch change blocks";

    /// <summary>1022, Host Connection Refused, naming the ESXi host.</summary>
    public static string HostConnectionRefused(string host) =>
        $"The Azure Migrate appliance is unable to connect to the vSphere host '{host}'";

    /// <summary>32022 at system shutdown, as the suspended-at-shutdown article quotes it.</summary>
    public static string ReplicationCancelled(VmIdentity vm) =>
        $"Hyper-V could not replicate changes for virtual machine {vm.Name}: The operation has been canceled (0x80004004). (Virtual Machine ID {vm.VmId})";

    /// <summary>32086.</summary>
    public static string ReplicationSuspended(VmIdentity vm) =>
        $"Hyper-V suspended replication for virtual machine {vm.Name} due to a non-recoverable failure. Resume replication after correcting the failure. (Virtual machine ID {vm.VmId})";

    /// <summary>32546 and 19050, which carry the same text.</summary>
    public static string InvalidVmState(VmIdentity vm) =>
        $"{vm.Name} failed to perform the operation. The virtual machine is not in a valid state to perform the operation. (Virtual machine ID {vm.VmId})";

    /// <summary>32032 (Windows Server 2012 R2).</summary>
    public static string ApplyIncomplete(VmIdentity vm) =>
        $"Hyper-V failed to complete apply for {vm.Name}: Operation aborted (0x80004004). (Virtual machine ID {vm.VmId})";

    /// <summary>33680, naming the primary and replica servers.</summary>
    public static string ReplicationOperationFailed(VmIdentity vm, string primaryServer, string replicaServer) =>
        $"Replication operation for virtual machine {vm.Name} failed. (Virtual machine ID {vm.VmId}) (Primary server: '{primaryServer}', Replica server: '{replicaServer}')";
}

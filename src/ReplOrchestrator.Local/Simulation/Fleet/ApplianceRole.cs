namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>What an appliance is for in a simulated fleet.</summary>
internal enum ApplianceRole
{
    /// <summary>An Azure Migrate appliance whose VMs play the VM scenarios placed on it, and healthy cycles otherwise.</summary>
    AzureMigrate,

    /// <summary>An Azure Migrate appliance given over to one whole-appliance scenario.</summary>
    DedicatedAzureMigrate,

    /// <summary>The Hyper-V Replica primary host (<see cref="HyperVHostNames.Primary"/>).</summary>
    HyperVPrimary,

    /// <summary>The Hyper-V Replica replica host (<see cref="HyperVHostNames.Replica"/>).</summary>
    HyperVReplica,
}

namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>Where in the fleet a scenario plays, which decides the appliances a fleet needs.</summary>
internal enum ScenarioPlacement
{
    /// <summary>Any VM; it is what every VM without a scenario does.</summary>
    AnyVm,

    /// <summary>One VM on an Azure Migrate appliance; the appliance's other VMs stay healthy.</summary>
    AzureMigrateVm,

    /// <summary>One VM on the Hyper-V Replica primary host.</summary>
    HyperVPrimaryVm,

    /// <summary>One VM on the Hyper-V Replica replica host (the host with the fixed name).</summary>
    HyperVReplicaVm,

    /// <summary>A whole Azure Migrate appliance of its own, because it affects every VM the appliance reports.</summary>
    WholeAzureMigrateAppliance,
}

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The state of one Windows service on the appliance.</summary>
/// <param name="Name">The service's short name, for example <c>asrgwy</c> (Microsoft Azure Gateway Service).</param>
/// <param name="State">Its state as the service controller reports it.</param>
public sealed record ServiceStatus(string Name, ServiceState State)
{
    /// <summary>The short name of the Azure Migrate replication gateway service.</summary>
    public const string Gateway = "asrgwy";

    /// <summary>The short name of the Hyper-V Virtual Machine Management service.</summary>
    public const string HyperVManagement = "vmms";

    /// <summary>
    /// Not a Windows service: the read of a Recovery Services vault through Azure Resource Manager, which the ARM source
    /// reports as <see cref="ServiceState.Running"/> when it succeeds, <see cref="ServiceState.Stopped"/> when access is
    /// denied (401/403) and <see cref="ServiceState.NotFound"/> when the vault is gone (404).
    /// </summary>
    public const string ArmVault = "arm-vault";
}

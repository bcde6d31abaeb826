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
}

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>
/// What to collect for a support case once every documented cause of a problem is ruled out, and where
/// it is, per product.
/// </summary>
/// <remarks>
/// Azure Migrate: the troubleshooting guide ranges failures "from issues in on-premises network configuration
/// to issues at the Azure Migrate Cloud Service backend", and names the portal's Health error Details and
/// Recent Events as where a failed cycle's details are. Microsoft documents C:\ProgramData\Microsoft Azure\Logs
/// and \Config as where the appliance's Azure Migrate services, the gateway (asrgwy) among them, keep their
/// logs and configuration (Azure Local migration requirements, "Agent and service requirements").
/// Hyper-V Replica: both articles read the Microsoft-Windows-Hyper-V-VMMS/Admin log; the restart script
/// writes to the System log as "Hyper-V Replica script".
/// </remarks>
public static class SupportEvidence
{
    private static readonly string[] s_azureMigrate =
    [
        "Collect the gateway's logs on the appliance: the files under C:\\ProgramData\\Microsoft Azure\\Logs that cover the failure "
            + "(the Microsoft Azure Gateway Service, asrgwy, logs there; its configuration is under C:\\ProgramData\\Microsoft Azure\\Config).",
        "In the Azure portal (Azure Migrate > Migration and modernization > Replications), right-click the VM and save its Health error Details, "
            + "and the latest \"Replication cycle failed\" event under Recent Events.",
    ];

    private static readonly string[] s_hyperV =
    [
        "Collect the Microsoft-Windows-Hyper-V-VMMS/Admin event log of the primary and the replica server for the time of the failure "
            + "(`Get-WinEvent -LogName Microsoft-Windows-Hyper-V-VMMS/Admin`), the System log's \"Hyper-V Replica script\" entries if the restart "
            + "script runs, and the output of `Measure-VMReplication` on the primary.",
    ];

    private static readonly string[] s_monitor =
    [
        "Collect the appliance's own logs for the time of the failure: on an Azure Migrate appliance the files under "
            + "C:\\ProgramData\\Microsoft Azure\\Logs (the gateway, asrgwy, logs there); on a Hyper-V host the "
            + "Microsoft-Windows-Hyper-V-VMMS/Admin event log.",
    ];

    /// <summary>The steps that collect what a support case for <paramref name="product"/> needs, in order.</summary>
    public static IReadOnlyList<string> For(Product product) => product switch
    {
        Product.AzureMigrate => s_azureMigrate,
        Product.HyperVReplica => s_hyperV,
        _ => s_monitor,
    };

    /// <summary>Whom a support case goes to, for people ("Microsoft (Azure Migrate)").</summary>
    public static string Recipient(Product product) => product switch
    {
        Product.AzureMigrate => "Microsoft (Azure Migrate)",
        Product.HyperVReplica => "Microsoft (Windows Server, Hyper-V Replica)",
        _ => "Microsoft for the product the appliance runs (Azure Migrate or Hyper-V Replica)",
    };
}

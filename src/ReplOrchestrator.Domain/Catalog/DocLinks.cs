namespace ReplOrchestrator.Domain.Catalog;

/// <summary>The documentation the catalog is built from.</summary>
internal static class DocLinks
{
    public static readonly DocLink AgentlessTroubleshooting = new(
        "Troubleshoot replication issues in agentless VMware VM migration",
        "https://learn.microsoft.com/en-us/azure/migrate/vmware/troubleshoot-changed-block-tracking-replication");

    public static readonly DocLink AgentlessConcepts = new(
        "Agentless replication of VMware VMs: concepts (scheduling, limits, repair)",
        "https://learn.microsoft.com/en-us/azure/migrate/vmware/concepts-vmware-agentless-migration");

    public static readonly DocLink SlowReplication = new(
        "Troubleshoot slow or stuck replication of VMware VMs",
        "https://learn.microsoft.com/en-us/azure/migrate/vmware/troubleshoot-replication-vmware");

    public static readonly DocLink MigrateTutorial = new(
        "Migrate VMware VMs (agentless): the 90-minute cycle reset",
        "https://learn.microsoft.com/en-us/azure/migrate/vmware/tutorial-migrate-vmware");

    public static readonly DocLink AzCopy = new(
        "Get started with AzCopy",
        "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azcopy-v10");

    public static readonly DocLink StorageExplorer = new("Azure Storage Explorer download", "https://go.microsoft.com/fwlink/?linkid=2138967");

    public static readonly DocLink ServiceBusExplorer = new("Service Bus Explorer download", "https://go.microsoft.com/fwlink/?linkid=2139104");

    public static readonly DocLink ResetChangedBlockTracking = new("Reset changed block tracking on a VM", "https://go.microsoft.com/fwlink/?linkid=2139203");

    public static readonly DocLink HyperVBackupEvents = new(
        "Event IDs 19050, 32022, 32032, 32056, 32315, 32546 and 33680 are logged when Hyper-V replication is in progress",
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/virtualization/event-19050-32022-32032-32056-32315-32546-33680");

    public static readonly DocLink HyperVSuspendedAtShutdown = new(
        "Hyper-V replication is suspended at system shutdown",
        "https://learn.microsoft.com/en-us/troubleshoot/windows-server/virtualization/hyper-v-replication-suspended-system-shutdown");

    public static readonly DocLink Kb4088889 = new("KB4088889 (Windows Server 2016 fix)", "https://support.microsoft.com/help/4088889");

    public static readonly DocLink ResumeVmReplication = new(
        "Resume-VMReplication", "https://learn.microsoft.com/en-us/powershell/module/hyper-v/resume-vmreplication");

    public static readonly DocLink MeasureVmReplication = new(
        "Measure-VMReplication", "https://learn.microsoft.com/en-us/powershell/module/hyper-v/measure-vmreplication");

    public static readonly DocLink AssignAzureRoles = new(
        "Assign Azure roles using the Azure portal", "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-portal");

    public static DocLink VMwareKb(string title, string article) => new($"VMware KB {article}: {title}", $"https://kb.vmware.com/s/article/{article}");

    public static DocLink FwLink(string title, int linkId) => new(title, $"https://go.microsoft.com/fwlink/?linkid={linkId}");
}

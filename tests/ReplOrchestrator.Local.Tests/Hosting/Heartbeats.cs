using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>Heartbeats for HTTP tests.</summary>
internal static class Heartbeats
{
    public static Heartbeat Of(string applianceId, long sequence, DateTimeOffset sentAt, params VmReport[] vms) =>
        new(Heartbeat.SchemaV1, applianceId, ApplianceKind.AzureMigrateVMware, sequence, sentAt,
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)],
            [new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1.blob.core.windows.net", 443)],
            vms.Length > 0 ? vms : [Vm("vm-1")], [], [], []);

    public static VmReport Vm(string vmId, CycleReport? cycle = null) =>
        new(vmId, vmId, "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), cycle);

    public static CycleReport Uploading(string cycleId, DateTimeOffset startedAt, long uploaded) =>
        new(cycleId, CycleType.Delta, CyclePhase.Upload, startedAt, [new DiskProgress("disk-0", 50L * 1024 * 1024 * 1024, uploaded)], null);

    /// <summary>A delta cycle that failed with 1022: the appliance cannot reach the VM's ESXi host.</summary>
    public static CycleReport HostConnectionRefused(string cycleId, DateTimeOffset startedAt) =>
        new(cycleId, CycleType.Delta, CyclePhase.Failed, startedAt, [],
            new CycleError("1022", "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'"));
}

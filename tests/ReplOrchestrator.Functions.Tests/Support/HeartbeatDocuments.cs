using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>Heartbeat documents for the tests: one appliance reporting one replicating VM.</summary>
internal static class HeartbeatDocuments
{
    public static Heartbeat Of(string applianceId, long sequence, DateTimeOffset sentAt) =>
        new(Heartbeat.SchemaV1, applianceId, ApplianceKind.AzureMigrateVMware, sequence, sentAt,
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)],
            [new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1.blob.core.windows.net", 443)],
            [new VmReport("vm-sql01", "sql01", "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), null)],
            [], [], []);

    public static string Json(string applianceId, long sequence, DateTimeOffset sentAt) => ContractJson.Serialize(Of(applianceId, sequence, sentAt));
}

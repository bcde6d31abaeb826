using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Catalog.CatalogCodes;

namespace ReplOrchestrator.Domain.Tests.Catalog;

public sealed class ConditionClassifierTests
{
    [Theory]
    [InlineData(ApplianceKind.HyperVReplica, ReplicationState.Suspended, HyperVReplicationSuspended)]
    [InlineData(ApplianceKind.AzureMigrateVMware, ReplicationState.Suspended, ReplicationSuspended)]
    [InlineData(ApplianceKind.AzureMigrateVMware, ReplicationState.Error, ReplicationInError)]
    [InlineData(ApplianceKind.HyperVReplica, ReplicationState.ResyncRequired, ResyncRequired)]
    [InlineData(ApplianceKind.HyperVReplica, ReplicationState.Paused, ReplicationPaused)]
    public void ForReplicationState_UnhealthyState_IsItsCondition(ApplianceKind kind, ReplicationState state, string expected) =>
        ConditionClassifier.ForReplicationState(kind, state).ShouldNotBeNull().Code.ShouldBe(expected);

    [Theory]
    [InlineData(ReplicationState.Replicating)]
    [InlineData(ReplicationState.InitialReplication)]
    public void ForReplicationState_HealthyState_IsNothing(ReplicationState state) =>
        ConditionClassifier.ForReplicationState(ApplianceKind.AzureMigrateVMware, state).ShouldBeNull();

    [Theory]
    [InlineData(ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.Stopped, GatewayServiceStopped)]
    [InlineData(ApplianceKind.AzureMigrateVMware, "ASRGWY", ServiceState.NotFound, GatewayServiceStopped)]
    [InlineData(ApplianceKind.HyperVReplica, "vmms", ServiceState.StopPending, VmmsServiceStopped)]
    public void ForService_ReplicationServiceNotRunning_IsItsCondition(ApplianceKind kind, string name, ServiceState state, string expected) =>
        ConditionClassifier.ForService(kind, new ServiceStatus(name, state)).ShouldNotBeNull().Code.ShouldBe(expected);

    [Theory]
    [InlineData(ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.Running)]
    [InlineData(ApplianceKind.AzureMigrateVMware, "asrgwy", ServiceState.StartPending)]
    [InlineData(ApplianceKind.AzureMigrateVMware, "vmms", ServiceState.Stopped)]
    [InlineData(ApplianceKind.HyperVReplica, "spooler", ServiceState.Stopped)]
    public void ForService_RunningOrUnrelated_IsNothing(ApplianceKind kind, string name, ServiceState state) =>
        ConditionClassifier.ForService(kind, new ServiceStatus(name, state)).ShouldBeNull();
}

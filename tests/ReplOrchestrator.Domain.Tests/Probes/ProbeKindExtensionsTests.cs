using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Probes.ProbeKind;

namespace ReplOrchestrator.Domain.Tests.Probes;

public sealed class ProbeKindExtensionsTests
{
    [Theory]
    [InlineData(ApplianceHeartbeat, ProbeSide.Monitor)]
    [InlineData(GatewayService, ProbeSide.Appliance)]
    [InlineData(EsxiTcp902, ProbeSide.Appliance)]
    [InlineData(CloudStorageDns, ProbeSide.Cloud)]
    [InlineData(CloudKeyVaultTcp, ProbeSide.Cloud)]
    public void Side_SaysWhereTheProbeRuns(ProbeKind probe, ProbeSide expected) => probe.Side().ShouldBe(expected);

    [Fact]
    public void Side_ExactlyTheContractsSixProbesRunOnTheAppliance() =>
        Enum.GetValues<ProbeKind>().Where(p => p.Side() == ProbeSide.Appliance)
            .ShouldBe([GatewayService, StorageWrite, ServiceBus, KeyVaultTcp, EsxiDns, EsxiTcp902]);

    [Theory]
    [InlineData(CloudStorageTcp, EndpointRole.Storage)]
    [InlineData(CloudServiceBusDns, EndpointRole.ServiceBus)]
    [InlineData(CloudKeyVaultDns, EndpointRole.KeyVault)]
    public void TargetRole_CloudProbe_AimsAtItsEndpoint(ProbeKind probe, EndpointRole expected) => probe.TargetRole().ShouldBe(expected);

    [Fact]
    public void TargetRole_NonCloudProbe_IsNull() => StorageWrite.TargetRole().ShouldBeNull();

    [Theory]
    [InlineData(EsxiDns, true)]
    [InlineData(CloudServiceBusDns, true)]
    [InlineData(CloudServiceBusTcp, false)]
    [InlineData(EsxiTcp902, false)]
    public void IsDnsOnly_OnlyNameResolutionProbes(ProbeKind probe, bool expected) => probe.IsDnsOnly().ShouldBe(expected);
}

using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Probes.ProbeKind;

namespace ReplOrchestrator.Domain.Tests.Probes;

public sealed class ProbePlanTests
{
    [Theory]
    [InlineData(CatalogCodes.DiskUploadTimedOut)]
    [InlineData(CatalogCodes.DisposeArtefactsTimedOut)]
    public void For_ConnectivityTimeouts_FollowsMicrosoftsDocumentedOrder(string code)
    {
        var plan = ProbePlan.For(ErrorCatalog.Get(code));

        plan.Probes.ShouldBe(
        [
            ApplianceHeartbeat, GatewayService, StorageWrite, ServiceBus, KeyVaultTcp,
            CloudStorageDns, CloudStorageTcp, CloudServiceBusDns, CloudServiceBusTcp, CloudKeyVaultDns, CloudKeyVaultTcp,
        ]);
        plan.NeedsApplianceLiveness.ShouldBeTrue();
        plan.ApplianceProbes.ShouldBe([GatewayService, StorageWrite, ServiceBus, KeyVaultTcp]);
    }

    [Fact]
    public void For_HostConnectionRefused_IsEsxiDnsThenPort902()
    {
        var plan = ProbePlan.For(ErrorCatalog.Get(CatalogCodes.HostConnectionRefused));

        plan.Probes.ShouldBe([EsxiDns, EsxiTcp902]);
        plan.CloudProbes.ShouldBeEmpty();
    }

    [Fact]
    public void ToCommand_CarriesTheApplianceProbes()
    {
        var command = ProbePlan.For(ErrorCatalog.Get(CatalogCodes.HostConnectionRefused)).ToCommand("cmd-9", "vm-sql01").ShouldNotBeNull();

        (command.Kind, command.VmId).ShouldBe((CommandKind.RunProbes, "vm-sql01"));
        command.Probes.ShouldBe([EsxiDns, EsxiTcp902]);
    }

    [Fact]
    public void For_EntryNoProbeCanExplain_IsEmptyAndHasNoCommand()
    {
        var plan = ProbePlan.For(ErrorCatalog.Get(CatalogCodes.ChangeBlockTrackingReset));

        plan.IsEmpty.ShouldBeTrue();
        plan.ToCommand("cmd-1", null).ShouldBeNull();
    }

    [Fact]
    public void CloudTargets_PairsEachCloudProbeWithTheReportedEndpointsOfItsRole()
    {
        var plan = new ProbePlan([GatewayService, CloudStorageTcp, CloudKeyVaultDns]);
        var endpoints = new[]
        {
            new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1234.blob.core.windows.net", 443),
            new ApplianceEndpoint(EndpointRole.VCenter, "vc01.contoso.local", 443),
        };

        var targets = plan.CloudTargets(endpoints);

        targets.ShouldHaveSingleItem().ShouldBe(new CloudProbeTarget(CloudStorageTcp, "migratelsa1234.blob.core.windows.net", 443));
        targets[0].ToString().ShouldBe("migratelsa1234.blob.core.windows.net:443");
    }

    [Fact]
    public void EvidenceText_PassedProbe_SaysHowLongItTook() =>
        ProbeEvidenceText.Describe(new ProbeResult("c", KeyVaultTcp, "kv:443", true, 38, null)).ShouldBe("KeyVaultTcp passed in 38 ms (kv:443)");

    [Fact]
    public void EvidenceText_FailedProbeWithoutDetail_SaysSo() =>
        ProbeEvidenceText.Describe(new ProbeResult("c", GatewayService, null, false, 0, " ")).ShouldBe("GatewayService failed: no detail given");

    [Fact]
    public void EvidenceText_RefusedProbe_SaysItWasNotProbedAndWhy() =>
        ProbeEvidenceText.Describe(ProbeResult.RefusedTarget("c", CloudStorageTcp, "127.0.0.1:22", "127.0.0.1 is an IP address"))
            .ShouldBe("CloudStorageTcp refused, not probed: 127.0.0.1 is an IP address (127.0.0.1:22)");

    [Fact]
    public void CloudTargets_SameEndpointListedTwice_IsProbedOnce()
    {
        var endpoint = new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1234.blob.core.windows.net", 443);

        new ProbePlan([CloudStorageTcp]).CloudTargets([endpoint, endpoint]).ShouldHaveSingleItem();
    }
}

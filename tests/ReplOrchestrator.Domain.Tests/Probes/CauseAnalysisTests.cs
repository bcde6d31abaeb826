using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Probes.ProbeKind;

namespace ReplOrchestrator.Domain.Tests.Probes;

public sealed class CauseAnalysisTests
{
    private static readonly CatalogEntry s_diskUpload = ErrorCatalog.Get(CatalogCodes.DiskUploadTimedOut);
    private static readonly CatalogEntry s_hostRefused = ErrorCatalog.Get(CatalogCodes.HostConnectionRefused);

    [Fact]
    public void DiskUploadStalls_StorageWriteFails_ConfirmsStorageWithTheProbeAsEvidence()
    {
        var results = new[]
        {
            Pass(ApplianceHeartbeat), Pass(GatewayService), Fail(StorageWrite, "connection timed out", "migratelsa1234.blob.core.windows.net:443"),
            Pass(ServiceBus), Pass(KeyVaultTcp),
        };

        var causes = CauseAnalysis.Assess(s_diskUpload, results);

        var first = causes[0];
        (first.CauseId, first.Confidence).ShouldBe(("storage-unreachable", CauseConfidence.Confirmed));
        first.Evidence.ShouldBe(["StorageWrite failed: connection timed out (migratelsa1234.blob.core.windows.net:443)"]);
        Confidence(causes, "gateway-stopped").ShouldBe(CauseConfidence.RuledOut);
        Confidence(causes, "appliance-down").ShouldBe(CauseConfidence.RuledOut);
        Confidence(causes, "slow-replication").ShouldBe(CauseConfidence.Possible);
    }

    [Fact]
    public void DiskUploadTimesOut_EveryProbePasses_MakesTheUnprobedCausesLikely()
    {
        var results = new[] { Pass(ApplianceHeartbeat), Pass(GatewayService), Pass(StorageWrite), Pass(ServiceBus), Pass(KeyVaultTcp) };

        var causes = CauseAnalysis.Assess(s_diskUpload, results);

        causes.Take(2).Select(c => (c.CauseId, c.Confidence)).ShouldBe(
            [("vcenter-throttling", CauseConfidence.Likely), ("slow-replication", CauseConfidence.Likely)]);
        causes.Skip(2).ShouldAllBe(c => c.Confidence == CauseConfidence.RuledOut);
    }

    [Fact]
    public void ApplianceDown_LeavesItsDependentCausesUnjudged()
    {
        var causes = CauseAnalysis.Assess(s_diskUpload, [Fail(ApplianceHeartbeat, "no heartbeat for 25 min")]);

        Confidence(causes, "appliance-down").ShouldBe(CauseConfidence.Confirmed);
        var gateway = causes.Single(c => c.CauseId == "gateway-stopped");
        gateway.Confidence.ShouldBe(CauseConfidence.Possible);
        gateway.Evidence.ShouldHaveSingleItem().ShouldStartWith("cannot be checked while another cause is confirmed");
    }

    [Fact]
    public void HostConnectionRefused_NameDoesNotResolve_ConfirmsDnsAndCannotJudgePort902()
    {
        var causes = CauseAnalysis.Assess(s_hostRefused, [Fail(EsxiDns, "no such host"), Fail(EsxiTcp902, "no such host")]);

        Confidence(causes, "host-dns").ShouldBe(CauseConfidence.Confirmed);
        Confidence(causes, "host-port-902").ShouldBe(CauseConfidence.Possible);
    }

    [Fact]
    public void HostConnectionRefused_NameResolvesButPort902Fails_ConfirmsTheFirewall()
    {
        var causes = CauseAnalysis.Assess(s_hostRefused, [Pass(EsxiDns), Fail(EsxiTcp902, "connection refused")]);

        causes.Select(c => (c.CauseId, c.Confidence)).ShouldBe(
            [("host-port-902", CauseConfidence.Confirmed), ("host-dns", CauseConfidence.RuledOut)]);
    }

    [Fact]
    public void CloudSideFailureOnly_MakesTheCauseLikely() =>
        Confidence(CauseAnalysis.Assess(s_diskUpload, [Fail(CloudStorageDns, "NXDOMAIN")]), "storage-unreachable").ShouldBe(CauseConfidence.Likely);

    [Fact]
    public void ApplianceSidePassOutranksACloudSideFailure() =>
        Confidence(CauseAnalysis.Assess(s_diskUpload, [Pass(StorageWrite), Fail(CloudStorageTcp, "timed out")]), "storage-unreachable")
            .ShouldBe(CauseConfidence.RuledOut);

    [Fact]
    public void OneOfTwoResultsOfAProbeFails_CountsAsAFailure() =>
        Confidence(CauseAnalysis.Assess(s_diskUpload, [Pass(ServiceBus), Fail(ServiceBus, "AMQP link detached")]), "servicebus-unreachable")
            .ShouldBe(CauseConfidence.Confirmed);

    [Fact]
    public void NoResults_LeaveEveryCausePossibleInCatalogOrder()
    {
        var causes = CauseAnalysis.Assess(s_diskUpload, []);

        causes.ShouldAllBe(c => c.Confidence == CauseConfidence.Possible && c.Evidence.Count == 0);
        causes.Select(c => c.CauseId).ShouldBe(s_diskUpload.Causes.Select(c => c.Id));
    }

    [Fact]
    public void HeartbeatLost_CloudProbesRefused_DoNotSuggestAnAzureOutage()
    {
        var lost = ErrorCatalog.Get(CatalogCodes.ApplianceHeartbeatLost);
        var results = new[] { Fail(ApplianceHeartbeat, "no heartbeat for 10 min"), Refused(CloudStorageDns), Refused(CloudServiceBusTcp) };

        var causes = CauseAnalysis.Assess(lost, results);

        var azure = causes.Single(c => c.CauseId == "azure-unreachable");
        (azure.Confidence, azure.Evidence.Count).ShouldBe((CauseConfidence.Possible, 0));
    }

    [Fact]
    public void DiskUploadStalls_OnlyRefusedCloudProbeBesidesAPassingWrite_RulesStorageOutWithoutTheRefusal()
    {
        var causes = CauseAnalysis.Assess(s_diskUpload, [Pass(StorageWrite), Refused(CloudStorageTcp)]);

        var storage = causes.Single(c => c.CauseId == "storage-unreachable");
        storage.Confidence.ShouldBe(CauseConfidence.RuledOut);
        storage.Evidence.ShouldBe(["StorageWrite passed in 12 ms"]);
    }

    private static CauseConfidence Confidence(IReadOnlyList<CauseAssessment> causes, string id) => causes.Single(c => c.CauseId == id).Confidence;

    private static ProbeResult Pass(ProbeKind probe) => new("diag-1", probe, null, true, 12, null);

    private static ProbeResult Fail(ProbeKind probe, string detail, string? target = null) => new("diag-1", probe, target, false, 0, detail);

    private static ProbeResult Refused(ProbeKind probe) => ProbeResult.RefusedTarget("diag-1", probe, "127.0.0.1:443", "127.0.0.1 is an IP address");
}

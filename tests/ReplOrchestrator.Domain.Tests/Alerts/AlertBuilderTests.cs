using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Probes.ProbeKind;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class AlertBuilderTests
{
    private static readonly AlertContext s_vm = new() { ApplianceId = "appl-contoso-01", VmId = "vm-sql01", CycleId = "c-17" };

    [Fact]
    public void DiskUploadStalls_RaisesDiskUploadTimedOut1011_WithStorageProbeEvidence()
    {
        var entry = ErrorCatalog.Get(CatalogCodes.DiskUploadTimedOut);
        var disk = DiskUploadProgress.Start(new DiskProgress("disk-0", 53687091200, 3328599654), Epoch);
        ProbeResult[] probes =
        [
            new("cmd-7", ApplianceHeartbeat, null, true, 0, "last heartbeat 1 min ago"),
            new("cmd-7", GatewayService, "asrgwy", true, 3, null),
            new("cmd-7", StorageWrite, "migratelsa1234.blob.core.windows.net:443", false, 0, "connection timed out"),
            new("cmd-7", ServiceBus, "migratelsa1234.servicebus.windows.net:443", true, 40, null),
            new("cmd-7", KeyVaultTcp, "migratekv1234.vault.azure.net:443", true, 12, null),
        ];
        var context = s_vm with { Summary = UploadProgressText.Stalled(disk, Epoch.AddMinutes(30)) };

        var alert = AlertBuilder.Fire(entry, context, CauseAnalysis.Assess(entry, probes), probes, Epoch.AddMinutes(30));

        (alert.Schema, alert.Status, alert.Severity, alert.Code, alert.ErrorId).ShouldBe(
            ("repl-alert/v1", AlertStatus.Firing, AlertSeverity.Critical, "DiskUploadTimedOut", (int?)1011));
        alert.DedupKey.ShouldBe("appl-contoso-01/vm-sql01/DiskUploadTimedOut");
        (alert.VmId, alert.CycleId, alert.Title).ShouldBe(("vm-sql01", "c-17", "Disk upload timed out"));
        alert.Summary.ShouldBe("disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min");
        alert.ProbableCauses[0].ShouldBe(alert.ProbableCauses[0] with { Confidence = CauseConfidence.Confirmed });
        alert.ProbableCauses[0].Evidence.ShouldBe(["StorageWrite failed: connection timed out (migratelsa1234.blob.core.windows.net:443)"]);
        alert.RecommendedActions[0].ShouldContain("azcopy bench");
        alert.RecommendedActions.ShouldNotContain(a => a.Contains("Net Start asrgwy", StringComparison.Ordinal));
        alert.ProbeResults.ShouldBe(probes);
        (alert.FirstSeen, alert.LastSeen, alert.Occurrences).ShouldBe((Epoch.AddMinutes(30), Epoch.AddMinutes(30), 1));
        alert.Links[0].Url.ShouldBe("https://learn.microsoft.com/en-us/azure/migrate/vmware/troubleshoot-changed-block-tracking-replication");
        alert.Id.ShouldBe(AlertIds.For(alert.Key, Epoch.AddMinutes(30)));
    }

    [Fact]
    public void Fire_WithoutADiagnosis_ListsEveryCauseAsPossibleAndEveryStepInOrder()
    {
        var entry = ErrorCatalog.Get(CatalogCodes.DisposeArtefactsTimedOut);

        var alert = AlertBuilder.Fire(entry, s_vm, [], [], Epoch);

        alert.ProbableCauses.ShouldAllBe(c => c.Confidence == CauseConfidence.Possible);
        alert.RecommendedActions.ShouldBe(entry.Actions.Select(a => a.Text));
        alert.Summary.ShouldBe(entry.Summary);
    }

    [Fact]
    public void ApplianceHeartbeatLost_IsAnApplianceLevelAlert()
    {
        var alert = AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.ApplianceHeartbeatLost), new AlertContext { ApplianceId = "appl-contoso-01" }, [], [], Epoch);

        (alert.DedupKey, alert.VmId, alert.CycleId, alert.ErrorId).ShouldBe(("appl-contoso-01/ApplianceHeartbeatLost", null, null, (int?)null));
    }

    [Fact]
    public void Fire_UnclassifiedError_KeepsTheRawTextAndNumber()
    {
        var classification = ErrorClassifier.Classify(new ErrorReport(ApplianceKind.AzureMigrateVMware, "9999", "Something nobody documented broke", null));

        var alert = AlertBuilder.Fire(classification, s_vm, [], [], Epoch);

        (alert.Code, alert.ErrorId).ShouldBe(("Unclassified", (int?)9999));
        alert.Summary.ShouldBe("Unclassified: 9999: Something nobody documented broke");
    }

    [Fact]
    public void Fire_ClassifiedError_SummarisesTheReportedErrorWithItsReportedId()
    {
        var classification = ErrorClassifier.Classify(new ErrorReport(ApplianceKind.AzureMigrateVMware, "181008", "No disksnapshots were found for snapshot 5f1c.", null));

        var alert = AlertBuilder.Fire(classification, s_vm, [], [], Epoch);

        (alert.Code, alert.ErrorId).ShouldBe(("NoDiskSnapshotsFound", (int?)181008));
        alert.Summary.ShouldBe("181008: No disksnapshots were found for snapshot 5f1c.");
    }

    [Fact]
    public void Fire_HyperVSituation_TakesItsSeverityExplanationAndFirstEvent()
    {
        var events = new[] { 32546, 32032 }.Select((id, i) => new ReplicationEvent(id, "VMMS", ReplicationEventLevel.Error, "vm-sql01", Epoch.AddMinutes(i), "")).ToArray();
        var situation = HyperVEventCorrelator.Correlate(events, ReplicationState.Replicating).Situations.Single();

        var alert = AlertBuilder.Fire(situation, s_vm, Epoch);

        (alert.Code, alert.Severity, alert.ErrorId).ShouldBe(("HyperVReplicaBackupConflict", AlertSeverity.Info, (int?)32546));
        alert.Summary.ShouldBe(situation.Explanation);
    }

    [Fact]
    public void Fire_UnsafeContextId_Throws() =>
        Should.Throw<ArgumentException>(() => AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.SnapshotHung), s_vm with { VmId = "vm:1" }, [], [], Epoch));

    [Fact]
    public void Refire_OpenAlert_KeepsItsIdentityAndCountsTheOccurrence()
    {
        var entry = ErrorCatalog.Get(CatalogCodes.SnapshotHung);
        var open = AlertBuilder.Fire(entry, s_vm, [], [], Epoch);
        var fresh = AlertBuilder.Fire(entry, s_vm with { Summary = "still hung", Severity = AlertSeverity.Warning }, [], [], Epoch.AddMinutes(10));

        var updated = AlertBuilder.Refire(open, fresh);

        (updated.Id, updated.FirstSeen, updated.LastSeen, updated.Occurrences).ShouldBe((open.Id, Epoch, Epoch.AddMinutes(10), 2));
        (updated.Summary, updated.Severity).ShouldBe(("still hung", AlertSeverity.Warning));
    }

    [Fact]
    public void Refire_ResolvedAlert_StartsANewEpisode()
    {
        var entry = ErrorCatalog.Get(CatalogCodes.SnapshotHung);
        var resolved = AlertBuilder.Resolve(AlertBuilder.Fire(entry, s_vm, [], [], Epoch), Epoch.AddMinutes(5));
        var fresh = AlertBuilder.Fire(entry, s_vm, [], [], Epoch.AddHours(1));

        AlertBuilder.Refire(resolved, fresh).ShouldBe(fresh);
    }

    [Fact]
    public void Refire_AnotherKey_Throws()
    {
        var open = AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.SnapshotHung), s_vm, [], [], Epoch);
        var other = AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.CycleMissed), s_vm, [], [], Epoch);

        Should.Throw<ArgumentException>(() => AlertBuilder.Refire(open, other));
    }

    [Fact]
    public void Resolve_MarksItResolvedOnce()
    {
        var open = AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.SnapshotHung), s_vm, [], [], Epoch);

        var resolved = AlertBuilder.Resolve(open, Epoch.AddMinutes(7), "snapshot completed");

        (resolved.Status, resolved.LastSeen, resolved.Summary, resolved.Id).ShouldBe((AlertStatus.Resolved, Epoch.AddMinutes(7), "snapshot completed", open.Id));
        AlertBuilder.Resolve(resolved, Epoch.AddHours(1)).ShouldBeSameAs(resolved);
    }
}

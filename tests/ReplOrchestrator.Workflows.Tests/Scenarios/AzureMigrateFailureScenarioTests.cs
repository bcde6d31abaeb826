using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>Phase overruns and cycle failures of the Azure Migrate troubleshooting guide.</summary>
public sealed class AzureMigrateFailureScenarioTests
{
    [Fact]
    public async Task DisposeArtefactsHangs_RaisesDisposeArtefactsTimedOut181008_WithServiceBusEvidence()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-app02").StartCycle("c-5", harness.Now, phase: CyclePhase.DisposeArtefacts);

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(31));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DisposeArtefactsTimedOut);
        alert!.Status.ShouldBe(AlertStatus.Firing);
        alert.ErrorId.ShouldBe(181008);
        alert.Summary.ShouldContain("DisposeArtefactsTimeout");
        alert.Summary.ShouldContain("WaitingForArtefactsDisposalPreCycle");

        var command = await harness.PendingProbeCommandAsync(appliance);
        command.Probes.ShouldContain(ProbeKind.ServiceBus);
        appliance.AnswerProbes(command, (ProbeKind.ServiceBus, "AMQP connection to migratelsa1329610309.servicebus.windows.net:5671 refused"));
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DisposeArtefactsTimedOut);
        var top = alert!.ProbableCauses[0];
        top.Confidence.ShouldBe(CauseConfidence.Confirmed);
        top.Cause.ShouldContain("Service Bus");
        alert.RecommendedActions[0].ShouldContain("Service Bus Explorer");
        alert.ProbableCauses.ShouldContain(c => c.Cause.Contains("gateway service", StringComparison.OrdinalIgnoreCase) && c.Confidence == CauseConfidence.RuledOut);

        vm.Complete();
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(1));
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DisposeArtefactsTimedOut))!.Status.ShouldBe(AlertStatus.Resolved);
    }

    [Fact]
    public async Task SnapshotCreationHangs_RaisesSnapshotHung_WithTheVmwareRemedy()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-web03").StartCycle("c-2", harness.Now, phase: CyclePhase.Snapshot);

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(29));
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.SnapshotHung)).ShouldBeNull();

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(2));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.SnapshotHung);
        alert!.Severity.ShouldBe(AlertSeverity.Critical);
        alert.Summary.ShouldContain("Generate Snapshot Hung");
        alert.RecommendedActions.ShouldContain(a => a.Contains("VMware KB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostConnectionRefused1022_IsClassified_AndTheEsxiProbesNameTheBlockedPort()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-db04", host: "esx07.contoso.local").StartCycle("c-9", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.Fail("1022", "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HostConnectionRefused);
        alert!.ErrorId.ShouldBe(1022);
        alert.Summary.ShouldContain("esx07.contoso.local");
        var command = await harness.PendingProbeCommandAsync(appliance);
        command.Probes.ShouldBe([ProbeKind.EsxiDns, ProbeKind.EsxiTcp902], ignoreOrder: true);

        appliance.AnswerProbes(command, (ProbeKind.EsxiTcp902, "TCP connect to esx07.contoso.local:902 timed out"));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HostConnectionRefused);
        alert!.ProbableCauses[0].Cause.ShouldContain("902");
        alert.ProbableCauses[0].Confidence.ShouldBe(CauseConfidence.Confirmed);
        alert.ProbableCauses.ShouldContain(c => c.Cause.Contains("resolve", StringComparison.OrdinalIgnoreCase) && c.Confidence == CauseConfidence.RuledOut);
        alert.RecommendedActions[0].ShouldContain("Test-NetConnection");
        (await harness.VmAsync(appliance.Id, vm.VmId))!.RecentCycles.Last().ErrorCode.ShouldBe("1022");
    }

    [Theory]
    [InlineData("", "Encountered an error while trying to fetch change blocks", nameof(CatalogCodes.FetchChangedBlocksFailed), "Repair Replication")]
    [InlineData("1018", "Changed block tracking was reset", nameof(CatalogCodes.ChangeBlockTrackingReset), "Repair Replication")]
    [InlineData("181008", "VM: 'vm-files05'. Error: No disksnapshots were found for the snapshot replication with snapshot ID: 'snap-42'.", nameof(CatalogCodes.NoDiskSnapshotsFound), "Storage vMotion")]
    [InlineData("", "Key Vault operation failed. Operation: Configure managed storage account, Key Vault: migratekv13, Storage Account: migratelsa13 failed with the error:", nameof(CatalogCodes.KeyVaultOperationFailed), "Set-AzureRmKeyVaultAccessPolicy")]
    [InlineData("", "An internal error occurred. [Memory allocation failed. Out of memory.]", nameof(CatalogCodes.NfcMemoryAllocationFailed), "vMotion")]
    [InlineData("", "An internal error occurred. [Server Refused Connection]", nameof(CatalogCodes.VddkServerRefusedConnection), "asrgwy")]
    public async Task FailedCycle_SeedErrorMessage_IsClassifiedWithItsRemedy(string code, string message, string expectedCode, string remedy)
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-files05").StartCycle("c-3", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.Fail(code, message);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, expectedCode);
        alert.ShouldNotBeNull($"no {expectedCode} alert");
        alert.Status.ShouldBe(AlertStatus.Firing);
        alert.CycleId.ShouldBe("c-3");
        alert.RecommendedActions.ShouldContain(a => a.Contains(remedy, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedCycle_UnknownError_IsRaisedAsUnclassifiedKeepingTheRawText()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-odd06").StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.Fail("99999", "The flux capacitor is misaligned");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.Unclassified);
        alert!.Summary.ShouldContain("The flux capacitor is misaligned");
    }

    [Fact]
    public async Task FailedCycle_NextCycleSucceeds_ResolvesTheFailureAlert()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-web07").StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.Fail("", "Encountered an error while trying to fetch change blocks");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.StartCycle("c-2", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.Complete();
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(1));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.FetchChangedBlocksFailed);
        alert!.Status.ShouldBe(AlertStatus.Resolved);
        alert.Summary.ShouldContain("c-2");
        var status = await harness.VmAsync(appliance.Id, vm.VmId);
        status!.RecentCycles.Select(c => c.CycleId).ShouldBe(["c-1", "c-2"]);
        status.OpenAlerts.ShouldBeEmpty();
    }
}

using Microsoft.DurableTask.Client;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Workflows.Tests.Scenarios.TestVm;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>The Azure Migrate agentless situations of the troubleshooting guide, played through the workflows.</summary>
public sealed class AzureMigrateScenarioTests
{
    [Fact]
    public async Task DiskUploadStalls_RaisesDiskUploadTimedOut1011_WithStorageProbeEvidence()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01").StartCycle("c-17", harness.Now, phase: CyclePhase.Upload, disks: new DiskProgress("disk-0", 50 * GiB, 0));

        // Bytes move for five minutes, up to 3.1 GiB (6 %), then stop.
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1), i => vm.Uploaded("disk-0", (long)(3.1 * GiB * i / 4)));
        vm.Uploaded("disk-0", (long)(3.1 * GiB));
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(31));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut);
        alert.ShouldNotBeNull();
        alert.Status.ShouldBe(AlertStatus.Firing);
        alert.ErrorId.ShouldBe(1011);
        alert.Severity.ShouldBe(AlertSeverity.Critical);
        alert.CycleId.ShouldBe("c-17");
        alert.Summary.ShouldBe("disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min");
        harness.Published.For(CatalogCodes.DiskUploadTimedOut).ShouldNotBeEmpty();

        // The diagnosis asked the appliance for its side of the checks; its next heartbeat answers.
        var command = await harness.PendingProbeCommandAsync(appliance);
        command.Kind.ShouldBe(CommandKind.RunProbes);
        command.Probes.ShouldContain(ProbeKind.StorageWrite);
        command.VmId.ShouldBe(vm.VmId);
        appliance.AnswerProbes(command, (ProbeKind.StorageWrite, "connection timed out"));
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut);
        var cause = alert!.ProbableCauses.First();
        cause.Confidence.ShouldBe(CauseConfidence.Confirmed);
        cause.Cause.ShouldContain("storage account");
        cause.Evidence.ShouldContain(e => e.Contains("StorageWrite failed: connection timed out", StringComparison.Ordinal));
        alert.RecommendedActions[0].ShouldContain("azcopy bench");
        alert.ProbeResults.ShouldContain(r => r.Probe == ProbeKind.StorageWrite && !r.Ok);
        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldBeEmpty();

        // The upload resumes and the cycle completes: the alert resolves, and says so.
        vm.Complete();
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));

        alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut);
        alert!.Status.ShouldBe(AlertStatus.Resolved);
        alert.Summary.ShouldContain("c-17");
        harness.Published.For(CatalogCodes.DiskUploadTimedOut).Last().Status.ShouldBe(AlertStatus.Resolved);
    }
    [Fact]
    public async Task DiskUploadStalls_WithTheUploadSpeedAzureReports_QuotesTheSpeedInTheSummary()
    {
        await using var harness = WorkflowHarness.Create();
        var vault = TestAppliance.AzureMigrate("arm-vault-contoso");
        var stuck = new DiskProgress("disk-0", 50 * GiB, 3 * GiB) { ReportedBytesPerSecond = 0 };
        var vm = vault.AddVm("vm-sql01").StartCycle("c-17", harness.Now, phase: CyclePhase.Upload, disks: stuck);

        await harness.HeartbeatsForAsync(vault, TimeSpan.FromMinutes(31));

        var alert = await harness.AlertAsync(vault.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut);
        alert!.Summary.ShouldBe("disk-0 stalled at 6 % (3 GiB of 50 GiB) for 30 min, upload speed 0 B/s reported by Azure");
    }

    [Fact]
    public async Task DiskUploadStalls_OnAVaultWatchedThroughArm_IsDiagnosedAtOnce_AndLeavesTheApplianceChecksToAPerson()
    {
        await using var harness = WorkflowHarness.Create();
        var vault = TestAppliance.AzureMigrate("arm-vault-contoso");
        var vm = vault.AddVm("vm-sql01").StartCycle("c-17", harness.Now, phase: CyclePhase.Upload, disks: new DiskProgress("disk-0", 50 * GiB, 3 * GiB));

        await harness.HeartbeatsForAsync(vault, TimeSpan.FromMinutes(31));
        var alert = await harness.AlertAsync(vault.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut);
        alert!.Status.ShouldBe(AlertStatus.Firing);

        // Nothing behind the vault answers a RunProbes command, so none is sent and the diagnosis ends without waiting out its deadline.
        (await harness.ApplianceAsync(vault.Id))!.PendingCommands.ShouldBeEmpty();
        var diagnosis = await harness.Client.GetInstanceAsync(InstanceIds.CycleDiagnosis(vault.Id, vm.VmId, "c-17", CatalogCodes.DiskUploadTimedOut));
        diagnosis!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);

        // The vault's polls arriving say nothing of the appliance, so "the appliance is down" is not ruled out and its step stays first.
        alert = await harness.AlertAsync(vault.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut);
        alert!.ProbableCauses.ShouldAllBe(c => c.Confidence == CauseConfidence.Possible);
        alert.ProbableCauses[0].Cause.ShouldContain("appliance is down");
        alert.RecommendedActions[0].ShouldContain("Make sure the Azure Migrate appliance is up");
        alert.ProbeResults.ShouldAllBe(r => r.Probe.Side() == ProbeSide.Cloud, "only the server's own probes ran");
    }
}

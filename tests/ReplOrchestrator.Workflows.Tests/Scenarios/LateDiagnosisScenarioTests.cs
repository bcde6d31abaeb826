using Microsoft.DurableTask.Client;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Notifications;
using static ReplOrchestrator.Workflows.Tests.Scenarios.TestVm;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// A diagnosis ends up to its deadline after the problem it was started for: by then a later cycle may have
/// succeeded and resolved the alert, and the stale evidence must not open it again and page someone.
/// </summary>
public sealed class LateDiagnosisScenarioTests
{
    private const string Host = "esx07.contoso.local";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HostConnectionRefused1022_DiagnosedAfterALaterCycleSucceeded_StaysResolved(bool applianceAnswers)
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-db04", host: Host).StartCycle("c-9", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.Fail("1022", $"The Azure Migrate appliance is unable to connect to the vSphere host '{Host}'");
        var command = await FiresWithProbesPendingAsync(harness, appliance, vm, CatalogCodes.HostConnectionRefused, TimeSpan.FromMinutes(1));

        var resolved = await CycleCompletesAsync(harness, appliance, vm.StartCycle("c-10", harness.Now, phase: CyclePhase.Upload), CatalogCodes.HostConnectionRefused);
        resolved.Summary.ShouldContain("a later cycle (c-10)");

        var late = await AfterTheDiagnosisEndsAsync(harness, appliance, vm, "c-9", CatalogCodes.HostConnectionRefused, applianceAnswers ? command : null, ProbeKind.EsxiTcp902);

        late.ProbeResults.Any(r => r.Probe == ProbeKind.EsxiTcp902).ShouldBe(applianceAnswers);
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HostConnectionRefused)).ShouldBeEquivalentTo(resolved);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.OpenAlerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task DiskUploadStalls_DiagnosedAfterALaterCycleSucceeded_StaysResolved()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = Stalling(harness);
        var command = await FiresWithProbesPendingAsync(harness, appliance, vm, CatalogCodes.DiskUploadTimedOut, TimeSpan.FromMinutes(31));

        var resolved = await CycleCompletesAsync(harness, appliance, vm.StartCycle("c-18", harness.Now, phase: CyclePhase.Upload), CatalogCodes.DiskUploadTimedOut);
        resolved.Summary.ShouldContain("a later cycle (c-18)");

        var late = await AfterTheDiagnosisEndsAsync(harness, appliance, vm, "c-17", CatalogCodes.DiskUploadTimedOut, command, ProbeKind.StorageWrite);

        late.ProbeResults.ShouldContain(r => r.Probe == ProbeKind.StorageWrite && !r.Ok);
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut)).ShouldBeEquivalentTo(resolved);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.OpenAlerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task DiskUploadStalls_DiagnosedAfterTheCycleCompleted_ResolvesAtTheCompletion_AndStaysResolved()
    {
        await using var harness = WorkflowHarness.Create(notifications: Policy());
        var (appliance, vm) = Stalling(harness);
        var command = await FiresWithProbesPendingAsync(harness, appliance, vm, CatalogCodes.DiskUploadTimedOut, TimeSpan.FromMinutes(31));

        var resolved = await CycleCompletesAsync(harness, appliance, vm, CatalogCodes.DiskUploadTimedOut);
        resolved.Summary.ShouldContain("cycle c-17 completed after all");

        await AfterTheDiagnosisEndsAsync(harness, appliance, vm, "c-17", CatalogCodes.DiskUploadTimedOut, command, ProbeKind.StorageWrite);

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DiskUploadTimedOut)).ShouldBeEquivalentTo(resolved);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.RecentCycles.ShouldHaveSingleItem().CycleId.ShouldBe("c-17");
    }

    // c-17's only disk stands at 3 GiB of 50 GiB from the start: after the stall timeout the upload times out (1011).
    private static (TestAppliance Appliance, TestVm Vm) Stalling(WorkflowHarness harness)
    {
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01", host: Host).StartCycle("c-17", harness.Now, phase: CyclePhase.Upload, disks: new DiskProgress("disk-0", 50 * GiB, 3 * GiB));
        return (appliance, vm);
    }

    // Heartbeats go on for a while: the alert fires, and its diagnosis asks the appliance for its probes.
    private static async Task<ApplianceCommand> FiresWithProbesPendingAsync(WorkflowHarness harness, TestAppliance appliance, TestVm vm, string code, TimeSpan duration)
    {
        await harness.HeartbeatsForAsync(appliance, duration);
        (await harness.AlertAsync(appliance.Id, vm.VmId, code))!.Status.ShouldBe(AlertStatus.Firing);
        return await harness.PendingProbeCommandAsync(appliance);
    }

    // The VM's current cycle is seen running, then completes; the alert resolves once the resolve hold has passed.
    private static async Task<Alert> CycleCompletesAsync(WorkflowHarness harness, TestAppliance appliance, TestVm vm, string code)
    {
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.Complete();
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(1));
        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, code);
        alert!.Status.ShouldBe(AlertStatus.Resolved);
        return alert;
    }

    // The appliance answers the probes late (or never, and the deadline passes): whatever the diagnosis found, nothing
    // about the resolved alert goes out after, neither on the topic nor to people.
    private static async Task<DiagnosisResult> AfterTheDiagnosisEndsAsync(
        WorkflowHarness harness, TestAppliance appliance, TestVm vm, string cycleId, string code, ApplianceCommand? command, ProbeKind failing)
    {
        var published = harness.Published.For(code).Count;
        if (command is not null)
        {
            appliance.AnswerProbes(command, (failing, "connection timed out"));
        }

        await harness.HeartbeatsForAsync(appliance, harness.Options.Diagnosis.Timeout + TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));

        var diagnosis = await harness.Client.GetInstanceAsync(InstanceIds.CycleDiagnosis(appliance.Id, vm.VmId, cycleId, code), getInputsAndOutputs: true);
        diagnosis!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        harness.Published.For(code).Skip(published).ShouldBeEmpty();
        harness.Notifications.Delivered.Where(d => d.Group.Alerts.Any(a => a.Alert.Code == code)).Select(d => d.Kind)
            .ShouldBe([NotificationKind.Firing, NotificationKind.Resolved]);
        return diagnosis.ReadOutputAs<DiagnosisResult>()!;
    }

    private static NotificationPolicy Policy() => NotificationPolicy.Create(new NotificationOptions
    {
        Route = new RouteOptions { Receiver = "oncall", GroupWait = TimeSpan.FromSeconds(30), GroupInterval = TimeSpan.FromMinutes(5), RepeatInterval = TimeSpan.FromHours(4) },
        Receivers = [new ReceiverOptions { Name = "oncall", Teams = [new TeamsTargetOptions { WebhookUrl = "https://prod-01.westeurope.logic.azure.com/workflows/oncall/triggers/manual/paths/invoke?sig=secret" }] }],
    });
}

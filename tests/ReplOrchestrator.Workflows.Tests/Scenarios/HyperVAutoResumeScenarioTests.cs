using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// The automatic resume of "Hyper-V replication is suspended at system shutdown", within its contract:
/// only for 32086 with 32022 on a VM that reports Suspended or Error (what Microsoft's restart script
/// resumes), once per suspension, and a failed resume reported on the alert as the script's event 3 does.
/// </summary>
public sealed class HyperVAutoResumeScenarioTests
{
    private const string Suspended32086 =
        "Hyper-V suspended replication for virtual machine 'sql01' due to a non-recoverable failure. Resume replication after correcting the failure. (Virtual machine ID 6A8E0F3B-1D2C-4B5A-9E8F-7C6D5B4A3F21)";

    private const string Cancelled32022 =
        "Hyper-V could not replicate changes for virtual machine 'sql01': The operation has been canceled (0x80004004). (Virtual Machine ID 6A8E0F3B-1D2C-4B5A-9E8F-7C6D5B4A3F21)";

    private const string Unreachable = "Resume-VMReplication: the replica server 'hv-replica-01.contoso.local' did not respond";

    private static readonly WorkflowOptions s_autoResume = new() { Monitoring = new MonitorOptions { AutoResumeSuspendedReplication = true } };

    [Fact]
    public async Task Suspended32086Alone_WithAutomaticResume_AsksNothingOfTheHost_TheFailureMustBeFixedFirst()
    {
        await using var harness = WorkflowHarness.Create(s_autoResume);
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local", state: ReplicationState.Suspended);
        appliance.Event(32086, vm.VmId, harness.Now.AddSeconds(-30), Suspended32086);

        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended);
        alert!.Summary.ShouldContain("non-recoverable failure");
        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldBeEmpty();
    }

    [Fact]
    public async Task SuspendedAtShutdown_VmAlreadyReplicatingAgain_AsksNothingOfTheHost()
    {
        await using var harness = WorkflowHarness.Create(s_autoResume);
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local");
        ShutDownWithoutResuming(appliance, vm, harness.Now);

        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldBeEmpty();
    }

    [Fact]
    public async Task SuspendedAtShutdown_ResumeFails_AlertShowsTheFailureAndTheManualStep_AndTheSameSuspensionIsNotRetried()
    {
        await using var harness = WorkflowHarness.Create(s_autoResume);
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local", state: ReplicationState.Suspended);
        ShutDownWithoutResuming(appliance, vm, harness.Now);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        var resume = (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldHaveSingleItem();
        resume.Kind.ShouldBe(CommandKind.ResumeReplication);

        appliance.AnswerCommand(resume, ok: false, Unreachable);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended);
        alert!.Status.ShouldBe(AlertStatus.Firing);
        alert.Summary.ShouldContain("automatic resume failed");
        alert.ProbableCauses[0].Confidence.ShouldBe(CauseConfidence.Likely);
        alert.ProbableCauses[0].Evidence.ShouldBe([$"ResumeReplication {resume.CommandId} failed: {Unreachable}"]);
        alert.RecommendedActions[0].ShouldContain("check the replication status manually");
        alert.RecommendedActions[0].ShouldContain("`Get-VMReplication -VMName 'sql01'`");
        harness.Published.For(CatalogCodes.HyperVReplicationSuspended)[^1].RecommendedActions[0].ShouldBe(alert.RecommendedActions[0]);

        // The host suspends again before replication ever ran: the same suspension, not resumed a second time.
        ShutDownWithoutResuming(appliance, vm, harness.Now);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(15));
        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldBeEmpty();

        // Replication runs again, then a new shutdown suspends it: a new suspension may be resumed once more.
        vm.State = ReplicationState.Replicating;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(10));
        vm.State = ReplicationState.Suspended;
        ShutDownWithoutResuming(appliance, vm, harness.Now);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldHaveSingleItem().Kind.ShouldBe(CommandKind.ResumeReplication);
    }

    // The pair Hyper-V logs when a server shuts down mid-replication: 32022 (cancelled) then 32086 (suspended).
    private static void ShutDownWithoutResuming(TestAppliance appliance, TestVm vm, DateTimeOffset now)
    {
        appliance.Event(32022, vm.VmId, now.AddSeconds(-40), Cancelled32022);
        appliance.Event(32086, vm.VmId, now.AddSeconds(-38), Suspended32086);
    }
}

using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>The Hyper-V Replica situations: suspended at shutdown, a backup on the replica host, and the health rules.</summary>
public sealed class HyperVScenarioTests
{
    private const string Suspended32086 =
        "Hyper-V suspended replication for virtual machine 'sql01' due to a non-recoverable failure. Resume replication after correcting the failure. (Virtual machine ID 6A8E0F3B-1D2C-4B5A-9E8F-7C6D5B4A3F21)";

    private const string Cancelled32022 =
        "Hyper-V could not replicate changes for virtual machine 'sql01': The operation has been canceled (0x80004004). (Virtual Machine ID 6A8E0F3B-1D2C-4B5A-9E8F-7C6D5B4A3F21)";

    [Fact]
    public async Task SuspendedAtShutdown_32022And32086_RaisesSuspendedAlert_AndAutomaticResumeResolvesIt()
    {
        await using var harness = WorkflowHarness.Create(new WorkflowOptions { Monitoring = new MonitorOptions { AutoResumeSuspendedReplication = true } });
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.State = ReplicationState.Suspended;
        ShutDownWithoutResuming(appliance, vm, harness.Now);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended);
        alert!.Severity.ShouldBe(AlertSeverity.Critical);
        alert.ErrorId.ShouldBe(32086);
        alert.Summary.ShouldContain("shut down");
        alert.RecommendedActions.ShouldContain(a => a.Contains("Resume Replication", StringComparison.Ordinal));
        (await harness.VmAsync(appliance.Id, vm.VmId))!.Health.ShouldBe(HealthLevel.Critical);

        // The resume goes out with the next heartbeat answer; the host resumes and says so.
        var resume = (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldHaveSingleItem();
        resume.Kind.ShouldBe(CommandKind.ResumeReplication);
        resume.VmId.ShouldBe(vm.VmId);
        appliance.AnswerCommand(resume, ok: true, "replication resumed");
        vm.State = ReplicationState.Replicating;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(1));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended))!.Status.ShouldBe(AlertStatus.Resolved);
        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldBeEmpty();
    }

    [Fact]
    public async Task SuspendedAtShutdown_CycleFailingWith32022_IsFoldedIntoTheSuspensionAlert()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local").StartCycle("r-1", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.State = ReplicationState.Suspended;
        vm.Fail("32022", Cancelled32022);
        ShutDownWithoutResuming(appliance, vm, harness.Now);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended))!.Status.ShouldBe(AlertStatus.Firing);
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationCancelled)).ShouldBeNull();
        (await harness.VmAsync(appliance.Id, vm.VmId))!.RecentCycles.ShouldHaveSingleItem().ErrorCode.ShouldBe("32022");
    }

    [Fact]
    public async Task SuspensionOfAnHourAgo_DoesNotExplainAwayANewCycleFailingWith32022()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local", state: ReplicationState.Suspended);
        ShutDownWithoutResuming(appliance, vm, harness.Now);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.State = ReplicationState.Replicating;
        for (var beat = 0; beat < 12; beat++)
        {
            await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
        }

        vm.StartCycle("r-2", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.Fail("32022", Cancelled32022);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationCancelled))!.Status.ShouldBe(AlertStatus.Firing);
    }

    [Fact]
    public async Task SuspendedAtShutdown_WithoutAutomaticResume_AsksNothingOfTheHost()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", host: "hv-primary-01.contoso.local", state: ReplicationState.Suspended);
        ShutDownWithoutResuming(appliance, vm, harness.Now);

        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicationSuspended))!.Status.ShouldBe(AlertStatus.Firing);
        (await harness.ApplianceAsync(appliance.Id))!.PendingCommands.ShouldBeEmpty();
    }

    [Fact]
    public async Task BackupOnReplicaHost2012R2_EventsExplainedAsBackupLock_WhileReplicationStaysHealthy()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV("hv-replica-01");
        var vm = appliance.AddVm("vm-sql01", host: "hv-replica-01.contoso.local");
        foreach (var (id, text) in s_backupEvents2012R2)
        {
            appliance.Event(id, vm.VmId, harness.Now.AddMinutes(-1), text);
        }

        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicaBackupConflict);
        alert!.Status.ShouldBe(AlertStatus.Firing);
        alert.Severity.ShouldBe(AlertSeverity.Info);
        alert.Summary.ShouldContain("2012 R2");
        alert.ProbableCauses[0].Cause.ShouldContain("backup", Case.Insensitive);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.Health.ShouldBe(HealthLevel.Normal);
    }

    [Fact]
    public async Task BackupOnReplicaHost2012_32056WithPrimaryInError_IsCritical()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV("hv-replica-02");
        var vm = appliance.AddVm("vm-erp01", host: "hv-replica-02.contoso.local", state: ReplicationState.Error);
        appliance.Event(32546, vm.VmId, harness.Now.AddMinutes(-2), "'erp01' failed to perform the operation. The virtual machine is not in a valid state to perform the operation.");
        appliance.Event(19050, vm.VmId, harness.Now.AddMinutes(-2), "'erp01' failed to perform the operation. The virtual machine is not in a valid state to perform the operation.");
        appliance.Event(32056, vm.VmId, harness.Now.AddMinutes(-1), "Hyper-V failed to apply replication logs for 'erp01': Operation aborted (0x80004004).");

        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicaBackupConflict);
        alert!.Severity.ShouldBe(AlertSeverity.Critical);
        alert.Summary.ShouldContain("2012");
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.ReplicationInError))!.Status.ShouldBe(AlertStatus.Firing);
    }

    [Fact]
    public async Task MaintenanceWindowOverReplicaHostBackup_MutesBackupEventAlerts_ButKeepsThemVisible()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV("hv-replica-01");
        var vm = appliance.AddVm("vm-sql01", host: "hv-replica-01.contoso.local");
        var window = new RecurringWindow([DayOfWeek.Sunday], new TimeOnly(2, 0), TimeSpan.FromHours(4), "UTC");
        await harness.AddSilenceAsync(Domain.Alerts.Silences.ReplicaHostBackup("sil-backup", "hv-replica-01.contoso.local", window, harness.Now.AddDays(-1)));
        foreach (var (id, text) in s_backupEvents2012R2)
        {
            appliance.Event(id, vm.VmId, harness.Now.AddMinutes(-1), text);
        }

        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(2));

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HyperVReplicaBackupConflict))!.Status.ShouldBe(AlertStatus.Firing);
        harness.Published.For(CatalogCodes.HyperVReplicaBackupConflict).ShouldBeEmpty();
    }

    [Fact]
    public async Task ResyncRequired_IsCritical()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", state: ReplicationState.ResyncRequired);

        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.ResyncRequired);
        alert!.Severity.ShouldBe(AlertSeverity.Critical);
        alert.RecommendedActions.ShouldContain(a => a.Contains("Resync", StringComparison.Ordinal));
        (await harness.VmAsync(appliance.Id, vm.VmId))!.Health.ShouldBe(HealthLevel.Critical);
    }

    [Fact]
    public async Task CyclesStopStarting_RaisesCycleMissed_ThenRpoExceeded_AndBothClearWhenCyclesReturn()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-sql01", frequencySeconds: 300);
        for (var i = 1; i <= 3; i++)
        {
            vm.StartCycle($"r-{i}", harness.Now, phase: CyclePhase.Upload);
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            vm.Complete();
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
        }

        vm.BetweenCycles();
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(30));
        var missed = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.CycleMissed);
        missed!.Status.ShouldBe(AlertStatus.Firing);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.RecentCycles.ShouldContain(c => c.Outcome == CycleOutcome.Missed);

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(50));
        var rpo = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.RpoExceeded);
        rpo!.Status.ShouldBe(AlertStatus.Firing);
        rpo.Summary.ShouldContain("RPO target of 1 h");

        for (var i = 4; i <= 12; i++)
        {
            vm.StartCycle($"r-{i}", harness.Now, phase: CyclePhase.Upload);
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            vm.Complete();
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
        }

        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.RpoExceeded))!.Status.ShouldBe(AlertStatus.Resolved);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromHours(1), before: _ => vm.StartCycle($"r-x{harness.Now.Ticks}", harness.Now).Complete());
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.CycleMissed))!.Status.ShouldBe(AlertStatus.Resolved);
    }

    private static readonly (int Id, string Text)[] s_backupEvents2012R2 =
    [
        (32546, "'sql01' failed to perform the operation. The virtual machine is not in a valid state to perform the operation. (Virtual machine ID 6A8E0F3B)"),
        (19050, "'sql01' failed to perform the operation. The virtual machine is not in a valid state to perform the operation. (Virtual machine ID 6A8E0F3B)"),
        (32032, "Hyper-V failed to complete apply for 'sql01': Operation aborted (0x80004004). (Virtual machine ID 6A8E0F3B)"),
        (33680, "Replication operation for virtual machine 'sql01' failed. (Virtual machine ID 6A8E0F3B) (Primary server: 'hv-primary-01.contoso.local', Replica server: 'hv-replica-01.contoso.local')"),
    ];

    // The pair Hyper-V logs when the primary shuts down mid-replication: 32022 (cancelled) then 32086 (suspended).
    private static void ShutDownWithoutResuming(TestAppliance appliance, TestVm vm, DateTimeOffset now)
    {
        appliance.Event(32022, vm.VmId, now.AddSeconds(-40), Cancelled32022);
        appliance.Event(32086, vm.VmId, now.AddSeconds(-38), Suspended32086);
    }
}

using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Local.Tests.Simulation.Scenarios;

public sealed class HyperVSuspendedAtShutdownScenarioTests
{
    [Fact]
    public async Task ShutdownDuringASend_Logs32022Then32086_AndReplicationStaysSuspended()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.HyperVSuspendedAtShutdown, vms: 2);
        var (appliance, vm) = harness.Subject;

        await harness.BeatAsync(15);

        var heartbeats = harness.Api.HeartbeatsOf(appliance);
        heartbeats.ShouldAllBe(h => h.Kind == ApplianceKind.HyperVReplica);
        var events = heartbeats.SelectMany(h => h.Events).ToList();
        events.Select(e => e.EventId).ShouldBe([32022, 32086]);
        events.ShouldAllBe(e => e.Source == "Microsoft-Windows-Hyper-V-VMMS" && e.Level == ReplicationEventLevel.Error && e.VmId == vm.VmId);
        events[0].Message.ShouldBe($"Hyper-V could not replicate changes for virtual machine {vm.Name}: The operation has been canceled (0x80004004). (Virtual Machine ID {vm.VmId})");
        events[1].Message.ShouldBe($"Hyper-V suspended replication for virtual machine {vm.Name} due to a non-recoverable failure. Resume replication after correcting the failure. (Virtual machine ID {vm.VmId})");
        events[0].TimeCreated.ShouldBeLessThan(events[1].TimeCreated);
        vm.VmId.ShouldMatch("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$");

        var situation = HyperVEventCorrelator.Correlate(events, ReplicationState.Suspended).Situations.ShouldHaveSingleItem();
        (situation.Entry.Code, situation.SuggestsResume).ShouldBe((CatalogCodes.HyperVReplicationSuspended, true));

        var reports = harness.ReportsOf(appliance, vm.VmId).Select(r => r.Vm).ToList();
        var suspendedFrom = reports.FindIndex(r => r.Replication.State == ReplicationState.Suspended);
        reports.Skip(suspendedFrom).ShouldAllBe(r => r.Replication.State == ReplicationState.Suspended);
        reports[suspendedFrom].Cycle!.Phase.ShouldBe(CyclePhase.Failed);
        reports[suspendedFrom].Cycle!.Error!.Code.ShouldBe("32022");
        reports.Skip(suspendedFrom + 1).ShouldAllBe(r => r.Cycle == null, "a suspended VM sends nothing");
    }

    [Fact]
    public async Task ResumeReplication_FlipsTheVmToReplicating_AnswersReplicationResumed_AndSendsResume()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.HyperVSuspendedAtShutdown, vms: 2);
        var (appliance, vm) = harness.Subject;
        await harness.BeatAsync(9);

        harness.Api.Issue(appliance, ApplianceCommand.ResumeReplication("cmd-8", vm.VmId));
        await harness.BeatAsync(6);

        var heartbeats = harness.Api.HeartbeatsOf(appliance).ToList();
        var answer = heartbeats.Single(h => h.CommandResults.Count > 0);
        answer.CommandResults.ShouldBe([new CommandResult("cmd-8", true, "replication resumed")]);
        var states = heartbeats.Select(h => h.Vms.Single(v => v.VmId == vm.VmId).Replication.State).ToList();
        var resumedAt = heartbeats.IndexOf(answer);
        states[resumedAt - 1].ShouldBe(ReplicationState.Suspended);
        states.Skip(resumedAt).ShouldAllBe(s => s == ReplicationState.Replicating);
        heartbeats.Skip(resumedAt).Select(h => h.Vms.Single(v => v.VmId == vm.VmId).Cycle).ShouldContain(c => c != null && c.Phase == CyclePhase.Completed);
        harness.Observer.Of<CommandAnswered>().ShouldHaveSingleItem().Summary.ShouldBe("ok: replication resumed");
    }

    [Fact]
    public async Task ResumeReplication_ForAVmThatIsNotSuspended_FailsWithAReason()
    {
        await using var harness = await SimulationHarness.StartAsync(ScenarioNames.HyperVSuspendedAtShutdown, vms: 2);
        var healthy = harness.Fleet.Appliances[0].Vms[1].Identity;

        harness.Api.Issue("appl-01", ApplianceCommand.ResumeReplication("cmd-9", healthy.VmId));
        harness.Api.Issue("appl-01", ApplianceCommand.ResumeReplication("cmd-10", "vm-unknown"));
        await harness.BeatAsync(2);

        harness.Api.HeartbeatsOf("appl-01").SelectMany(h => h.CommandResults).ShouldBe(
        [
            new CommandResult("cmd-9", false, $"replication of {healthy.Name} is not suspended; nothing to resume"),
            new CommandResult("cmd-10", false, "no VM 'vm-unknown' replicates on this appliance"),
        ]);
    }
}

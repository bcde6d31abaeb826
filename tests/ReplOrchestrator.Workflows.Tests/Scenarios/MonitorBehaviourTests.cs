using Microsoft.DurableTask.Client;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>What holds whatever the situation: duplicates change nothing, flaps do not flood, history stays bounded, nothing is lost.</summary>
public sealed class MonitorBehaviourTests
{
    [Fact]
    public async Task DuplicatedAndOutOfOrderHeartbeats_ChangeNothing()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-sql01").StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        var first = appliance.Heartbeat(harness.Now);
        await harness.SendAsync(first);
        vm.Uploaded("disk-0", 5 * TestVm.GiB);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        var applianceBefore = await harness.ApplianceAsync(appliance.Id);
        var vmBefore = await harness.VmAsync(appliance.Id, vm.VmId);
        var historyBefore = (await harness.Engine.GetHistoryAsync($"cycle:{appliance.Id}:{vm.VmId}:c-1")).Count;

        await harness.SendAsync(appliance.Repeat());
        await harness.SendAsync(first with { Vms = [first.Vms[0] with { Replication = new ReplicationInfo(ReplicationState.Error, null) }] });

        DurableJson.Serialize(await harness.ApplianceAsync(appliance.Id)).ShouldBe(DurableJson.Serialize(applianceBefore));
        var vmAfter = await harness.VmAsync(appliance.Id, vm.VmId);
        DurableJson.Serialize(vmAfter).ShouldBe(DurableJson.Serialize(vmBefore));
        vmAfter!.ReplicationState.ShouldBe(ReplicationState.Replicating);
        (await harness.Engine.GetHistoryAsync($"cycle:{appliance.Id}:{vm.VmId}:c-1")).Count.ShouldBe(historyBefore);
        harness.Published.All.ShouldBeEmpty();
    }

    [Fact]
    public async Task FlappingVm_DoesNotProduceAnAlertPerFlap()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-flappy");

        // Error and back every minute for twenty minutes: inside the two-minute resolve hold each time.
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(1),
            i => vm.State = i % 2 == 0 ? ReplicationState.Error : ReplicationState.Replicating);

        harness.Published.For(CatalogCodes.ReplicationInError).Count(a => a.Status == AlertStatus.Firing).ShouldBe(1);
        harness.Published.For(CatalogCodes.ReplicationInError).ShouldNotContain(a => a.Status == AlertStatus.Resolved);
        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.ReplicationInError);
        alert!.Occurrences.ShouldBeGreaterThan(5);

        // Once it stays fixed, one resolved notification follows.
        vm.State = ReplicationState.Replicating;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));
        harness.Published.For(CatalogCodes.ReplicationInError).Count(a => a.Status == AlertStatus.Resolved).ShouldBe(1);
    }

    [Fact]
    public async Task ConditionClearingWithinTheGroupingWait_IsNeverAnnounced()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vm = appliance.AddVm("vm-blip", state: ReplicationState.Paused);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        await harness.AdvanceAsync(TimeSpan.FromSeconds(10));
        vm.State = ReplicationState.Replicating;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));

        harness.Published.For(CatalogCodes.ReplicationPaused).ShouldBeEmpty();
        (await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.ReplicationPaused))!.Status.ShouldBe(AlertStatus.Resolved);
    }

    [Fact]
    public async Task FiringAlert_IsRepeatedAfterTheRepeatInterval()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        appliance.AddVm("vm-stuck", state: ReplicationState.ResyncRequired);

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromHours(4) + TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15));

        harness.Published.For(CatalogCodes.ResyncRequired).Count(a => a.Status == AlertStatus.Firing).ShouldBe(2);
    }

    [Fact]
    public async Task AlertsTopicDown_AlertIsPublishedOnceItRecovers()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        appliance.AddVm("vm-sql01", state: ReplicationState.ResyncRequired);
        harness.Published.Refusing = true;

        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));
        harness.Published.All.ShouldBeEmpty();

        harness.Published.Refusing = false;
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(1));

        harness.Published.For(CatalogCodes.ResyncRequired).ShouldHaveSingleItem().Status.ShouldBe(AlertStatus.Firing);
    }

    [Fact]
    public async Task ThousandHeartbeats_KeepEveryMonitorsHistoryUnderTheGenerationBound()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.HyperV();
        var vms = new[] { appliance.AddVm("vm-a", frequencySeconds: 30), appliance.AddVm("vm-b", frequencySeconds: 30) };
        var longest = new Dictionary<string, int>();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var vm in vms)
            {
                // A Hyper-V cycle per 30 s: started in one heartbeat, completed in the next.
                if (i % 2 == 0)
                {
                    vm.StartCycle($"r-{i}", harness.Now, phase: CyclePhase.Upload);
                }
                else
                {
                    vm.Complete();
                }
            }

            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            harness.Time.Advance(TimeSpan.FromSeconds(15));
            foreach (var id in new[] { $"appliance:{appliance.Id}", $"vm:{appliance.Id}:vm-a", $"vm:{appliance.Id}:vm-b" })
            {
                longest[id] = Math.Max(longest.GetValueOrDefault(id), (await harness.Engine.GetHistoryAsync(id)).Count);
            }
        }

        longest.Values.ShouldAllBe(length => length > 0 && length < GenerationBound);
        (await harness.VmAsync(appliance.Id, "vm-a"))!.RecentCycles.Count.ShouldBe(harness.Options.Monitoring.RecentCycles);
    }

    [Fact]
    public async Task WeekLongInitialCopy_KeepsTheCycleAndUploadHistoriesBounded_AndStillTimesOutAStall()
    {
        // A cap beyond the week, so only a stall can end the upload.
        await using var harness = WorkflowHarness.Create(new WorkflowOptions { Cycle = new CycleOptions { InitialUploadMaxDuration = TimeSpan.FromDays(10) } });
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-big").StartCycle("c-1", harness.Now, CycleType.Initial, CyclePhase.Upload, new DiskProgress("disk-0", 4000 * TestVm.GiB, 0));
        var cycle = $"cycle:{appliance.Id}:{vm.VmId}:c-1";
        var upload = $"upload:{appliance.Id}:{vm.VmId}:c-1:disk-0";
        var longest = new Dictionary<string, int>();

        // A week of reports every five minutes, each moving the copy on by a little.
        for (var i = 1; i <= 2000; i++)
        {
            vm.Uploaded("disk-0", i * TestVm.GiB);
            await harness.SendAsync(appliance.Heartbeat(harness.Now));
            harness.Time.Advance(TimeSpan.FromMinutes(5));
            foreach (var id in new[] { cycle, upload })
            {
                longest[id] = Math.Max(longest.GetValueOrDefault(id), (await harness.Engine.GetHistoryAsync(id)).Count);
            }
        }

        longest.Values.ShouldAllBe(length => length > 0 && length < GenerationBound);
        harness.Published.For(CatalogCodes.DiskUploadTimedOut).ShouldBeEmpty();

        // A stall after many generations is still noticed, and names where it stopped.
        await harness.HeartbeatsForAsync(appliance, harness.Options.Cycle.UploadStallTimeout + TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(5));
        await harness.AdvanceAsync(harness.Options.Alerts.GroupWait + TimeSpan.FromMinutes(1));
        harness.Published.For(CatalogCodes.DiskUploadTimedOut).ShouldContain(a => a.Status == AlertStatus.Firing && a.Summary.Contains("disk-0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadThatReachesAllItsBytes_FinishesOnItsOwn_AndIsToldNothingMore()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-app01").StartCycle("c-1", harness.Now, phase: CyclePhase.Upload);
        var upload = $"upload:{appliance.Id}:{vm.VmId}:c-1:disk-0";
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.Uploaded("disk-0", 50 * TestVm.GiB);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        (await harness.Client.GetInstanceAsync(upload))!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        vm.Phase(CyclePhase.DisposeArtefacts);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        vm.Complete();
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        // The 100 % report is the last word the upload gets: the end of the phase goes only to uploads still running.
        var cycle = await harness.Engine.GetHistoryAsync($"cycle:{appliance.Id}:{vm.VmId}:c-1");
        cycle.Count(e => e.EventSent?.InstanceId == upload).ShouldBe(1);
        (await harness.VmAsync(appliance.Id, vm.VmId))!.RecentCycles.ShouldHaveSingleItem().Outcome.ShouldBe(CycleOutcome.Succeeded);
    }

    // What a generation may record (MonitorOptions.MaxEventsPerGeneration, 300 by default) plus one
    // signal's worth of slack: the budget is checked after each signal.
    private const int GenerationBound = 400;
}

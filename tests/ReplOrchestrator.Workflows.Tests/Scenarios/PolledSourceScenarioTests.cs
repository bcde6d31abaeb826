using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// What a source that polls (the ARM source's <c>arm-{vault}</c>) relies on from the monitors: a poll sent in several
/// heartbeats loses no VM and no sighting, and a VM monitor keeps the source's memo for its next poll.
/// </summary>
public sealed class PolledSourceScenarioTests
{
    private const string VaultAppliance = "arm-vault-contoso";

    [Fact]
    public async Task PollInTwoParts_KeepsEveryVmAndEverySighting_AndTheRunningCycle()
    {
        await using var harness = WorkflowHarness.Create();
        var sequence = harness.Now.ToUnixTimeMilliseconds();
        var uploading = Vm("item-a", new CycleReport("rp-1", CycleType.Delta, CyclePhase.Upload, harness.Now, [new DiskProgress("disk-0", 100, 10)], null));

        await harness.SendAsync(Part(sequence, [uploading], [Seen("vm-1", harness.Now)]));
        await harness.SendAsync(Part(sequence + 1, [Vm("item-b", null)], [Seen("vm-2", harness.Now)]));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(5));
        await harness.SendAsync(Part(sequence + 300_000, [Vm("item-b", null)], []));

        var vault = await harness.ApplianceAsync(VaultAppliance);
        vault!.VmCount.ShouldBe(2);
        vault.Sightings.Select(s => s.VmId).ShouldBe(["vm-1", "vm-2"], "a part without a VM's sighting does not end it");
        var itemA = await harness.VmAsync(VaultAppliance, "item-a");
        itemA!.CurrentCycle.ShouldNotBeNull().CycleId.ShouldBe("rp-1", "a part without the VM leaves its cycle running");
        itemA.RecentCycles.ShouldBeEmpty();
    }

    [Fact]
    public async Task SourceMemo_IsKeptUntilTheSourceSendsAnother()
    {
        await using var harness = WorkflowHarness.Create();
        var sequence = harness.Now.ToUnixTimeMilliseconds();

        await harness.SendAsync(Part(sequence, [Vm("item-a", null) with { SourceMemo = "first" }], []));
        await harness.SendAsync(Part(sequence + 1, [Vm("item-a", null)], []));
        (await harness.VmAsync(VaultAppliance, "item-a"))!.SourceMemo.ShouldBe("first");

        await harness.SendAsync(Part(sequence + 2, [Vm("item-a", null) with { SourceMemo = "second" }], []));
        (await harness.VmAsync(VaultAppliance, "item-a"))!.SourceMemo.ShouldBe("second");
    }

    private static Heartbeat Part(long sequence, IReadOnlyList<VmReport> vms, IReadOnlyList<VmSighting> sightings) =>
        new(Heartbeat.SchemaV1, VaultAppliance, ApplianceKind.AzureMigrateVMware, sequence, DateTimeOffset.FromUnixTimeMilliseconds(sequence),
            [new ServiceStatus(ServiceStatus.ArmVault, ServiceState.Running)], [], vms, [], [], [])
        {
            Sightings = sightings,
        };

    private static VmReport Vm(string vmId, CycleReport? cycle) => new(vmId, vmId, "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), cycle);

    private static VmSighting Seen(string vmId, DateTimeOffset at) => new("appl-contoso-01", vmId, at);
}

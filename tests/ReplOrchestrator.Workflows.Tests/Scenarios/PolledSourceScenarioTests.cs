using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// What a source that polls (the ARM source's <c>arm-{vault}</c>) relies on from the monitors: a VM monitor keeps the
/// source's memo for its next poll.
/// </summary>
public sealed class PolledSourceScenarioTests
{
    private const string VaultAppliance = "arm-vault-contoso";

    [Fact]
    public async Task SourceMemo_IsKeptUntilTheSourceSendsAnother()
    {
        await using var harness = WorkflowHarness.Create();
        var sequence = harness.Now.ToUnixTimeMilliseconds();

        await harness.SendAsync(Part(sequence, [Vm("item-a") with { SourceMemo = "first" }]));
        await harness.SendAsync(Part(sequence + 1, [Vm("item-a")]));
        (await harness.VmAsync(VaultAppliance, "item-a"))!.SourceMemo.ShouldBe("first");

        await harness.SendAsync(Part(sequence + 2, [Vm("item-a") with { SourceMemo = "second" }]));
        (await harness.VmAsync(VaultAppliance, "item-a"))!.SourceMemo.ShouldBe("second");
    }

    private static Heartbeat Part(long sequence, IReadOnlyList<VmReport> vms) =>
        new(Heartbeat.SchemaV1, VaultAppliance, ApplianceKind.AzureMigrateVMware, sequence, DateTimeOffset.FromUnixTimeMilliseconds(sequence),
            [new ServiceStatus(ServiceStatus.ArmVault, ServiceState.Running)], [], vms, [], [], []);

    private static VmReport Vm(string vmId) => new(vmId, vmId, "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), null);
}

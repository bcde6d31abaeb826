using ReplOrchestrator.Api.Arm.Observations;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Arm;
using static ReplOrchestrator.Api.Tests.Arm.ArmItems;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Tests.Arm;

/// <summary>The track a poll reads back from the VM monitor's status: what another process's poll left there.</summary>
public sealed class ItemTrackTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void From_StatusAfterARunningCycle_IsTheTrackThePollLeft()
    {
        var (report, track) = ArmItemMapping.Map(Read(new MigrationItemJson("item-1", "sql01") { GatewayState = "Uploading" }), null, s_now);

        ItemTrack.From(Status(report with { SourceMemo = track.ToMemo() })).ShouldBe(track);
    }

    [Fact]
    public void From_StatusAfterAFailure_KeepsTheErrorsTimeToTheTick()
    {
        var raised = s_now.AddTicks(-1_234_567);
        var item = Read(new MigrationItemJson("item-1", "sql01") { HealthErrors = [("1022", "Host connection refused", raised)] });
        var (report, track) = ArmItemMapping.Map(item, null, s_now);

        var back = ItemTrack.From(Status(report with { SourceMemo = track.ToMemo() })).ShouldNotBeNull();

        back.ShouldBe(track);
        back.LastFailureAt.ShouldBe(raised);
        back.ActiveCycleId.ShouldBeNull("the failed cycle has ended");
        ArmItemMapping.Map(item, back, s_now.AddMinutes(5)).Report.Cycle.ShouldBeNull("the same error is not reported twice");
    }

    [Fact]
    public void From_StatusWithoutAMemo_IsNoTrack()
    {
        ItemTrack.From(null).ShouldBeNull();
        ItemTrack.From(Status(new VmReport("item-1", "sql01", null, new ReplicationInfo(ReplicationState.Replicating, null), null))).ShouldBeNull();
        ItemTrack.From(Status(new VmReport("item-1", "sql01", null, new ReplicationInfo(ReplicationState.Replicating, null), null) { SourceMemo = "abc/x/" })).ShouldBeNull();
    }

    // The status a VM monitor publishes after taking report as its first observation.
    private static VmStatus Status(VmReport report) =>
        VmStatus.Of(new VmMonitorState("arm-vault-a", report.VmId, ApplianceKind.AzureMigrateVMware) { Active = report.Cycle, SourceMemo = report.SourceMemo }, new WorkflowOptions());
}

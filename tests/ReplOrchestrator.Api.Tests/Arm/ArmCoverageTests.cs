using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Tests.Arm;

/// <summary>Which heartbeat VMs a poll leaves to their appliance, so one machine is never two VMs.</summary>
public sealed class ArmCoverageTests
{
    private static readonly DateTimeOffset s_now = new(2026, 12, 5, 23, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_heartbeatTimeout = TimeSpan.FromMinutes(15);
    private static readonly ArmCoverage s_coverage = new(s_heartbeatTimeout);

    [Fact]
    public void Covers_AVmReportedWithinTheHeartbeatTimeout_ButNotOneReportedBeforeIt()
    {
        s_coverage.Covers(Status("appl-a", ApplianceKind.AzureMigrateVMware, s_now - s_heartbeatTimeout), s_now).ShouldBeTrue();
        s_coverage.Covers(Status("appl-a", ApplianceKind.AzureMigrateVMware, s_now - s_heartbeatTimeout - TimeSpan.FromSeconds(1)), s_now).ShouldBeFalse();
    }

    [Fact]
    public void Covers_AMonitorAHeartbeatHasJustStarted_BeforeItTookTheReport()
    {
        // Started from the heartbeat with the VM's name, its status is out before its first report is taken.
        var started = Status("appl-a", ApplianceKind.AzureMigrateVMware, lastObservedAt: null);

        s_coverage.Covers(started, s_now).ShouldBeTrue();
        new HeartbeatVms([started]).Find("SQL01").ShouldBe(started);
    }

    [Fact]
    public void Covers_NeitherAVaultsOwnVmNorAHyperVVm()
    {
        s_coverage.Covers(Status("arm-vault-contoso", ApplianceKind.AzureMigrateVMware, s_now), s_now).ShouldBeFalse();
        s_coverage.Covers(Status("hv-01", ApplianceKind.HyperVReplica, s_now), s_now).ShouldBeFalse();
    }

    private static VmStatus Status(string applianceId, ApplianceKind kind, DateTimeOffset? lastObservedAt) =>
        VmStatus.Of(new VmMonitorState(applianceId, "vm-sql01", kind) { Name = "sql01", LastObservedAt = lastObservedAt }, new WorkflowOptions());
}

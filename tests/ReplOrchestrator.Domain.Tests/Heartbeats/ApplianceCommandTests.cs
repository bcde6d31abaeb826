using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

public sealed class ApplianceCommandTests
{
    [Fact]
    public void RunProbes_ApplianceProbes_BuildsTheCommand()
    {
        var command = ApplianceCommand.RunProbes("cmd-7", [ProbeKind.GatewayService, ProbeKind.StorageWrite], "vm-sql01");

        command.ShouldBe(command with { CommandId = "cmd-7", Kind = CommandKind.RunProbes, VmId = "vm-sql01" });
        command.Probes.ShouldBe([ProbeKind.GatewayService, ProbeKind.StorageWrite]);
    }

    [Theory]
    [InlineData(ProbeKind.ApplianceHeartbeat)]
    [InlineData(ProbeKind.CloudKeyVaultTcp)]
    public void RunProbes_ProbeTheApplianceCannotRun_Throws(ProbeKind probe) =>
        Should.Throw<ArgumentException>(() => ApplianceCommand.RunProbes("cmd-7", [ProbeKind.GatewayService, probe]));

    [Fact]
    public void RunProbes_NoProbes_Throws() =>
        Should.Throw<ArgumentException>(() => ApplianceCommand.RunProbes("cmd-7", []));

    [Theory]
    [InlineData("cmd:7", "vm-1")]
    [InlineData("cmd-7", "vm/1")]
    public void ResumeReplication_UnsafeId_Throws(string commandId, string vmId) =>
        Should.Throw<ArgumentException>(() => ApplianceCommand.ResumeReplication(commandId, vmId));

    [Fact]
    public void ResumeReplication_BuildsACommandWithoutProbes()
    {
        var command = ApplianceCommand.ResumeReplication("cmd-8", "vm-sql01");

        (command.Kind, command.VmId).ShouldBe((CommandKind.ResumeReplication, "vm-sql01"));
        command.Probes.ShouldBeEmpty();
    }
}

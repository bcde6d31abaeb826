using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Tests.HyperV;

/// <summary>Get-VMReplication's ConvertTo-Json output: an array for several VMs, an object for one, nothing for none.</summary>
public sealed class VmReplicationJsonTests
{
    [Fact]
    public void Parse_Array_ReadsEveryVm()
    {
        var vms = VmReplicationJson.Parse(VmmsEventXmlTests.Recorded("Get-VMReplication.json"));

        vms.Select(v => (v.VmName, v.State, v.FrequencySeconds)).ShouldBe([("sql01", "Suspended", 300), ("web01", "Replicating", 30), ("app01", "FailedOver", 300)]);
        vms[0].ShouldBe(new VmReplicationRecord("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "sql01", "Suspended", "Critical", "Primary", 300, "hv01.contoso.local"));
    }

    [Fact]
    public void Parse_SingleObject_IsOneVm()
    {
        var vm = VmReplicationJson.Parse(VmmsEventXmlTests.Recorded("Get-VMReplication-one.json")).ShouldHaveSingleItem();

        (vm.State, vm.Mode, vm.FrequencySeconds).ShouldBe(("Resynchronizing", "Replica", 900));
    }

    [Fact]
    public void Parse_NoOutput_IsNoVm() => VmReplicationJson.Parse("  \r\n").ShouldBeEmpty();

    [Theory]
    [InlineData("Replicating", ReplicationState.Replicating)]
    [InlineData("Suspended", ReplicationState.Suspended)]
    [InlineData("Error", ReplicationState.Error)]
    [InlineData("Resynchronizing", ReplicationState.ResyncRequired)]
    [InlineData("WaitingForStartResynchronize", ReplicationState.ResyncRequired)]
    [InlineData("InitialReplicationInProgress", ReplicationState.InitialReplication)]
    [InlineData("FailedOver", null)]
    public void ToContract_MapsHyperVStates(string state, ReplicationState? expected) => HyperVStates.ToContract(state).ShouldBe(expected);

    [Fact]
    public void Commands_QuoteNamesSoTheyCannotEndTheString()
    {
        PowerShellCommands.Resume("o'brien\u2019s vm", "hv01").ShouldBe("Resume-VMReplication -VMName 'o''brien\u2019\u2019s vm' -ComputerName 'hv01' -ErrorAction Stop");
        PowerShellCommands.GetReplication(null).ShouldStartWith("Get-VMReplication | Select-Object VMName");
    }
}

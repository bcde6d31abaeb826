using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Agent.Recorded;
using ReplOrchestrator.Agent.Tests.Support;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.HyperV;

/// <summary>ResumeReplication follows the restart script; its events 0–4 are the result's detail.</summary>
public sealed class ResumeProcedureTests : IDisposable
{
    private const string VmId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private readonly TemporaryDirectory _folder = new();

    [Fact]
    public async Task Suspended_IsResumed_AndVerified()
    {
        var host = new RecordedHost(_folder.Path).Services(("vmms", "Running")).Replication((VmId, "sql01", "Suspended"));

        var result = await Procedure().RunAsync("cmd-1", VmId, CancellationToken.None);

        result.Ok.ShouldBeTrue(result.Detail);
        result.Detail.ShouldBe("0 started; 2 VMMS replication service active; 4 replication for sql01 on hv01.contoso.local was Suspended and resumed successfully (now Replicating)");
        VmReplicationJson.Parse(File.ReadAllText(Path.Combine(host.Folder, RecordedFiles.Replication))).Single().State.ShouldBe("Replicating");
    }

    [Fact]
    public async Task Replicating_IsLeftAlone_AndSaysWhy()
    {
        new RecordedHost(_folder.Path).Services(("vmms", "Running")).Replication((VmId, "sql01", "Replicating"));

        var result = await Procedure().RunAsync("cmd-2", VmId, CancellationToken.None);

        result.Ok.ShouldBeFalse();
        result.Detail.ShouldBe("0 started; 2 VMMS replication service active; 3 replication for sql01 on hv01.contoso.local is Replicating, not suspended; nothing resumed");
    }

    [Fact]
    public async Task VmmsStopped_StopsAtEvent1()
    {
        new RecordedHost(_folder.Path).Services(("vmms", "Stopped")).Replication((VmId, "sql01", "Suspended"));

        var result = await Procedure().RunAsync("cmd-3", VmId, CancellationToken.None);

        (result.Ok, result.Detail).ShouldBe((false, "0 started; 1 VMMS is not running"));
    }

    [Fact]
    public async Task UnknownVm_IsNotResumed()
    {
        new RecordedHost(_folder.Path).Services(("vmms", "Running")).Replication((VmId, "sql01", "Suspended"));

        var result = await Procedure().RunAsync("cmd-4", "vm-other", CancellationToken.None);

        (result.Ok, result.Detail).ShouldBe((false, "0 started; 2 VMMS replication service active; 3 vm-other is not a replicating VM on this host"));
    }

    public void Dispose() => _folder.Dispose();

    private ResumeProcedure Procedure() => new(new RecordedHyperV(_folder.Path), new RecordedServiceStates(_folder.Path), TimeProvider.System);
}

using ReplOrchestrator.Agent.Recorded;

namespace ReplOrchestrator.Agent.Tests.Support;

/// <summary>A recorded host folder for the tests: one VM name (sql01) and one pair of servers, so a test names only what it varies.</summary>
internal sealed class RecordedHost(string folder)
{
    private const string VmName = "sql01";
    private readonly RecordedHostWriter _writer = new(folder);

    public string Folder => _writer.Folder;

    public RecordedHost Services(params (string Name, string State)[] services)
    {
        _writer.Services(services);
        return this;
    }

    public RecordedHost Replication(params (string VmId, string Name, string State)[] vms)
    {
        _writer.Replication([.. vms.Select(v => new RecordedVm(v.VmId, v.Name, v.State, "hv01.contoso.local", "hv02.contoso.local"))]);
        return this;
    }

    public RecordedHost Events(params (long RecordId, int EventId, string VmId, DateTimeOffset At, string Message)[] events)
    {
        _writer.Events([.. events.Select(e => new RecordedEvent(e.RecordId, e.EventId, e.VmId, VmName, e.At, e.Message))]);
        return this;
    }
}

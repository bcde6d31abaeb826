using System.Globalization;
using System.Security;
using System.Text.Json;
using ReplOrchestrator.Agent.Recorded;

namespace ReplOrchestrator.Agent.Tests.Support;

/// <summary>Writes a recorded host folder: what a Hyper-V host's commands would print, in their shapes.</summary>
internal sealed class RecordedHost(string folder)
{
    public string Folder { get; } = folder;

    public RecordedHost Services(params (string Name, string State)[] services)
    {
        File.WriteAllText(Path.Combine(Folder, RecordedFiles.Services), JsonSerializer.Serialize(services.ToDictionary(s => s.Name, s => s.State)));
        return this;
    }

    public RecordedHost Replication(params (string VmId, string Name, string State)[] vms)
    {
        var items = vms.Select(v => new Dictionary<string, object?>
        {
            ["VMName"] = v.Name, ["VMId"] = v.VmId, ["State"] = v.State, ["Health"] = v.State == "Replicating" ? "Normal" : "Critical",
            ["Mode"] = "Primary", ["FrequencySec"] = 300, ["PrimaryServer"] = "hv01.contoso.local", ["ReplicaServer"] = "hv02.contoso.local",
        });
        File.WriteAllText(Path.Combine(Folder, RecordedFiles.Replication), JsonSerializer.Serialize(items));
        return this;
    }

    public RecordedHost Events(params (long RecordId, int EventId, string VmId, DateTimeOffset At, string Message)[] events)
    {
        var records = events.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"<Record><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Hyper-V-VMMS' Guid='{{6066F867-7CA1-4418-85FD-36E3F9C0600C}}'/><EventID>{e.EventId}</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='{e.At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffff}Z'/><EventRecordID>{e.RecordId}</EventRecordID><Correlation/><Execution ProcessID='2420' ThreadID='5144'/><Channel>Microsoft-Windows-Hyper-V-VMMS-Admin</Channel><Computer>hv01.contoso.local</Computer><Security UserID='S-1-5-18'/></System><UserData><VmlEventLog xmlns='http://www.microsoft.com/Windows/Virtualization/Events'><VmName>sql01</VmName><VmId>{e.VmId.ToUpperInvariant()}</VmId></VmlEventLog></UserData></Event><Message>{SecurityElement.Escape(e.Message)}</Message></Record>"));
        File.WriteAllText(Path.Combine(Folder, RecordedFiles.Events), "<Events>" + string.Concat(records) + "</Events>");
        return this;
    }
}

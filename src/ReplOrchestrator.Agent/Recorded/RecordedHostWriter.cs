using System.Globalization;
using System.Security;
using System.Text;
using System.Text.Json;
using ReplOrchestrator.Agent.Storage;

namespace ReplOrchestrator.Agent.Recorded;

/// <summary>
/// Writes a recorded host folder (<see cref="RecordedFiles"/>) in the shapes the live commands print, so a script can
/// play a Hyper-V host to a running agent. Each file is replaced whole: the agent reads them while they change.
/// </summary>
/// <param name="folder">The folder the agent's <c>host.recordedDirectory</c> names; created when missing.</param>
public sealed class RecordedHostWriter(string folder)
{
    /// <summary>The folder written to.</summary>
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    /// <summary>Replaces the service states: each name with <c>Running</c>, <c>Stopped</c> and the like.</summary>
    public RecordedHostWriter Services(params (string Name, string State)[] services)
    {
        Write(RecordedFiles.Services, JsonSerializer.SerializeToUtf8Bytes(services.ToDictionary(s => s.Name, s => s.State)));
        return this;
    }

    /// <summary>Replaces what <c>Get-VMReplication</c> prints.</summary>
    public RecordedHostWriter Replication(params RecordedVm[] vms)
    {
        var items = vms.Select(v => new Dictionary<string, object?>
        {
            ["VMName"] = v.VmName, ["VMId"] = v.VmId, ["State"] = v.State, ["Health"] = v.State == "Replicating" ? "Normal" : "Critical",
            ["Mode"] = "Primary", ["FrequencySec"] = v.FrequencySeconds, ["PrimaryServer"] = v.PrimaryServer, ["ReplicaServer"] = v.ReplicaServer,
        });
        Write(RecordedFiles.Replication, JsonSerializer.SerializeToUtf8Bytes(items));
        return this;
    }

    /// <summary>Replaces the VMMS log with <paramref name="events"/>, as <c>Get-WinEvent</c> renders them to XML.</summary>
    public RecordedHostWriter Events(params RecordedEvent[] events)
    {
        var records = events.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"<Record><Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Hyper-V-VMMS' Guid='{{6066F867-7CA1-4418-85FD-36E3F9C0600C}}'/><EventID>{e.EventId}</EventID><Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='{e.At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffff}Z'/><EventRecordID>{e.RecordId}</EventRecordID><Correlation/><Execution ProcessID='2420' ThreadID='5144'/><Channel>Microsoft-Windows-Hyper-V-VMMS-Admin</Channel><Computer>hv01.contoso.local</Computer><Security UserID='S-1-5-18'/></System><UserData><VmlEventLog xmlns='http://www.microsoft.com/Windows/Virtualization/Events'><VmName>{SecurityElement.Escape(e.VmName)}</VmName><VmId>{e.VmId.ToUpperInvariant()}</VmId></VmlEventLog></UserData></Event><Message>{SecurityElement.Escape(e.Message)}</Message></Record>"));
        Write(RecordedFiles.Events, Encoding.UTF8.GetBytes("<Events>" + string.Concat(records) + "</Events>"));
        return this;
    }

    private void Write(string name, byte[] content) => AtomicFile.Write(Path.Combine(Folder, name), content);
}

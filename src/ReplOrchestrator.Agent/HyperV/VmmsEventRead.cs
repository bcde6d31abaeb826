using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.HyperV;

/// <summary>What one read of the VMMS log found.</summary>
/// <param name="Events">The new events, oldest first.</param>
/// <param name="LastRecordId">The bookmark to read after next time; unchanged when nothing new was found.</param>
internal sealed record VmmsEventRead(IReadOnlyList<ReplicationEvent> Events, long? LastRecordId)
{
    /// <summary>The read of <paramref name="xml"/> (see <see cref="VmmsEventXml"/>) continuing from <paramref name="afterRecordId"/>.</summary>
    public static VmmsEventRead FromXml(string xml, long? afterRecordId)
    {
        var parsed = VmmsEventXml.Parse(xml).Where(e => afterRecordId is not { } after || e.RecordId > after).ToList();
        return new VmmsEventRead([.. parsed.Select(e => e.Event)], parsed.Count > 0 ? parsed[^1].RecordId : afterRecordId);
    }
}

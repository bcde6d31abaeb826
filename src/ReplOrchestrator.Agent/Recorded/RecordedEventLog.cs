using System.Xml;
using ReplOrchestrator.Agent.HyperV;

namespace ReplOrchestrator.Agent.Recorded;

/// <summary>The VMMS log from <see cref="RecordedFiles.Events"/>: the whole file each time, filtered by the bookmark as the live XPath filter is.</summary>
internal sealed class RecordedEventLog(string folder, TimeProvider time) : IVmmsEventLog
{
    /// <inheritdoc/>
    public Task<VmmsEventRead> ReadAsync(long? afterRecordId, TimeSpan lookback, CancellationToken cancellationToken)
    {
        try
        {
            var read = VmmsEventRead.FromXml(RecordedFiles.Read(folder, RecordedFiles.Events) ?? "", afterRecordId);
            if (afterRecordId is null)
            {
                var since = time.GetUtcNow() - lookback;
                read = read with { Events = [.. read.Events.Where(e => e.TimeCreated >= since)] };
            }

            return Task.FromResult(read);
        }
        catch (XmlException e)
        {
            throw new HostCommandException($"{RecordedFiles.Events} is not event XML: {e.Message}");
        }
    }
}

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>How far one disk's upload has come in the current cycle.</summary>
/// <param name="DiskId">The disk's id, unique within the VM (see <see cref="Contracts.ContractId"/>).</param>
/// <param name="TotalBytes">Bytes this cycle must upload for the disk (the whole disk for an initial cycle).</param>
/// <param name="UploadedBytes">Bytes uploaded so far; never more than <paramref name="TotalBytes"/>.</param>
public sealed record DiskProgress(string DiskId, long TotalBytes, long UploadedBytes)
{
    /// <summary>
    /// The upload speed Azure reports for the disk, in bytes per second, when the source knows it (Azure Resource
    /// Manager's gateway <c>uploadSpeed</c>); not part of the heartbeat contract. A stall alert quotes it beside the
    /// position, since a speed of 0 B/s tells a stuck gateway from a slow one.
    /// </summary>
    /// <value><see langword="null"/> from heartbeats.</value>
    public long? ReportedBytesPerSecond { get; init; }
}

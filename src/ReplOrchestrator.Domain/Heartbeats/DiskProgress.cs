namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>How far one disk's upload has come in the current cycle.</summary>
/// <param name="DiskId">The disk's id, unique within the VM (see <see cref="Contracts.ContractId"/>).</param>
/// <param name="TotalBytes">Bytes this cycle must upload for the disk (the whole disk for an initial cycle).</param>
/// <param name="UploadedBytes">Bytes uploaded so far; never more than <paramref name="TotalBytes"/>.</param>
public sealed record DiskProgress(string DiskId, long TotalBytes, long UploadedBytes);

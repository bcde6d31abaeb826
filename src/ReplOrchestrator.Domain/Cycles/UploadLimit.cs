namespace ReplOrchestrator.Domain.Cycles;

/// <summary>Which limit an upload deadline comes from; an alert words a stall and a slow upload differently.</summary>
public enum UploadLimit
{
    /// <summary>No bytes moved for <see cref="CycleOptions.UploadStallTimeout"/>: the upload is dead.</summary>
    Stall,

    /// <summary>The upload ran for its whole cap (<see cref="CycleOptions.UploadCapFor"/>): it is too slow.</summary>
    MaxDuration,
}

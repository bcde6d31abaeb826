namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>How many bytes of a disk are uploaded at one instant; a disk's upload is a line through these.</summary>
/// <param name="At">The instant.</param>
/// <param name="Bytes">Bytes uploaded by then.</param>
internal readonly record struct UploadPoint(DateTimeOffset At, long Bytes);

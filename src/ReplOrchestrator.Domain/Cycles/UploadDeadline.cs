namespace ReplOrchestrator.Domain.Cycles;

/// <summary>When an upload times out, and which limit sets that time.</summary>
/// <param name="At">The instant the upload times out unless bytes move first (for <see cref="UploadLimit.Stall"/>).</param>
/// <param name="Limit">The limit that binds: the earlier of the two; the stall limit on a tie.</param>
public readonly record struct UploadDeadline(DateTimeOffset At, UploadLimit Limit);

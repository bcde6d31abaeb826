using ReplOrchestrator.Domain.Cycles;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>What a disk upload's orchestration returns.</summary>
/// <param name="DiskId">The disk.</param>
/// <param name="Outcome">Completed or timed out.</param>
/// <param name="Limit">Which limit it hit, when it timed out.</param>
/// <param name="Progress">The last progress seen, with the last rate.</param>
/// <param name="Text">For people: "disk-0 stalled at 62 % (3.1 GiB of 5 GiB) for 30 min".</param>
public sealed record DiskUploadResult(string DiskId, DiskUploadOutcome Outcome, UploadLimit? Limit, DiskUploadProgress Progress, string Text);

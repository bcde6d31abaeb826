namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// The one automatic <c>ResumeReplication</c> a VM monitor asked for during the current suspension. It is kept,
/// answered or not, until the VM reports Replicating again, so a suspension is resumed at most once.
/// </summary>
/// <param name="CommandId">The command's id; only its result counts.</param>
/// <param name="RequestedAt">When it was asked for (orchestration time).</param>
public sealed record ResumeAttempt(string CommandId, DateTimeOffset RequestedAt)
{
    /// <summary>The host's answer: true resumed, false failed; null while unanswered.</summary>
    public bool? Succeeded { get; init; }
}

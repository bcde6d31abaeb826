namespace ReplOrchestrator.Agent.HyperV;

/// <summary>One step of a resume, numbered as the restart script numbers its System-log events.</summary>
/// <param name="EventId">0 started, 1 VMMS not ready, 2 VMMS replication active, 3 failed, 4 resumed.</param>
/// <param name="Text">What happened, for people.</param>
internal readonly record struct ResumeStep(int EventId, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => $"{EventId} {Text}";
}

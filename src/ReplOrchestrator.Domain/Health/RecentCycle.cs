namespace ReplOrchestrator.Domain.Health;

/// <summary>One cycle outcome the health policy counts.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="At">When it completed or failed, or when it counted as missed.</param>
public readonly record struct RecentCycle(CycleOutcome Outcome, DateTimeOffset At);

namespace ReplOrchestrator.Domain.Health;

/// <summary>How a cycle the health policy counts ended.</summary>
public enum CycleOutcome
{
    /// <summary>Completed: a new recovery point exists.</summary>
    Succeeded,

    /// <summary>Failed.</summary>
    Failed,

    /// <summary>Never started: it was not started by its expected time plus grace.</summary>
    Missed,
}

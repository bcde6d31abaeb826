namespace ReplOrchestrator.Domain.Cycles;

/// <summary>What a newly reported phase means for a tracked cycle.</summary>
public enum PhaseTransition
{
    /// <summary>The same phase as before; nothing moves.</summary>
    Unchanged,

    /// <summary>A later phase (possibly skipping phases no heartbeat saw) or a failure; follow it.</summary>
    Advance,

    /// <summary>Backwards, or out of a finished cycle; ignore it as a stale or faulty report.</summary>
    Illegal,
}

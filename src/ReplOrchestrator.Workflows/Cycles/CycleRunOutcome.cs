namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>How a cycle's orchestration ended.</summary>
public enum CycleRunOutcome
{
    /// <summary>The appliance reported the cycle completed.</summary>
    Succeeded,

    /// <summary>The appliance reported the cycle failed.</summary>
    Failed,

    /// <summary>A newer cycle began before this one was reported finished.</summary>
    Superseded,
}

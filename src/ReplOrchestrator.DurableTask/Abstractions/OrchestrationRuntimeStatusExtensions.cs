namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>Questions asked of a runtime status.</summary>
public static class OrchestrationRuntimeStatusExtensions
{
    /// <summary>True for statuses an instance never leaves: completed, failed, terminated, canceled.</summary>
    public static bool IsTerminal(this OrchestrationRuntimeStatus status) => status is
        OrchestrationRuntimeStatus.Completed or
        OrchestrationRuntimeStatus.Failed or
        OrchestrationRuntimeStatus.Terminated or
        OrchestrationRuntimeStatus.Canceled;
}

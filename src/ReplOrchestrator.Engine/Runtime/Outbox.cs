namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// Everything one episode asks of the rest of the engine. Storage writes it in the same transaction
/// as the new history, so an episode's effects are all committed or none is.
/// </summary>
internal sealed class Outbox
{
    /// <summary>Activity calls to run.</summary>
    public List<ActivityTask> ActivityTasks { get; } = [];

    /// <summary>Timers to fire later.</summary>
    public List<DurableTimer> Timers { get; } = [];

    /// <summary>Messages to other instances (and, for a failed sub-orchestration start, to itself).</summary>
    public List<OrchestratorMessage> Messages { get; } = [];

    /// <summary>True when the episode asked for nothing.</summary>
    public bool IsEmpty => ActivityTasks.Count == 0 && Timers.Count == 0 && Messages.Count == 0;

    /// <summary>Drops the work of an execution that continued as new: its results would be stale anyway.</summary>
    public void DropExecutionWork(string executionId)
    {
        ActivityTasks.RemoveAll(task => task.ExecutionId == executionId);
        Timers.RemoveAll(timer => timer.ExecutionId == executionId);
    }
}

using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>An activity task locked for one run.</summary>
/// <param name="Id">The task's row id.</param>
/// <param name="LockToken">Proves the lock at commit; unique per lock.</param>
/// <param name="Task">What to run and whom to answer.</param>
/// <param name="DequeueCount">How many times the task has been taken, this time included.</param>
internal sealed record ActivityWorkItem(long Id, string LockToken, ActivityTask Task, int DequeueCount)
{
    /// <inheritdoc />
    public override string ToString() => $"activity '{Task.Name}' #{Task.TaskScheduledId} of '{Task.InstanceId}'";
}

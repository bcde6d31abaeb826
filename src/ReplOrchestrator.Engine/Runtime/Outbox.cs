using Microsoft.DurableTask.Protobuf;

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

    /// <summary>Removes the events sent to <paramref name="instanceId"/> itself, in the order they were sent, and returns them.</summary>
    public List<HistoryEvent> TakeEventsTo(string instanceId)
    {
        var taken = Messages.Where(m => IsEventTo(m, instanceId)).Select(m => m.Message.Event).ToList();
        Messages.RemoveAll(m => IsEventTo(m, instanceId));
        return taken;
    }

    /// <summary>Drops the work of an execution that continued as new: its results would be stale anyway.</summary>
    public void DropExecutionWork(string executionId)
    {
        ActivityTasks.RemoveAll(task => task.ExecutionId == executionId);
        Timers.RemoveAll(timer => timer.ExecutionId == executionId);
    }

    private static bool IsEventTo(OrchestratorMessage message, string instanceId) =>
        message.Message.Event.EventTypeCase == HistoryEvent.EventTypeOneofCase.EventRaised
        && string.Equals(message.TargetInstanceId, instanceId, StringComparison.Ordinal);
}

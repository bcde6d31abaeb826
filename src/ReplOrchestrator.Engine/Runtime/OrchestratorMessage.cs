using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// A message an episode sends to an instance's inbox: a sub-orchestration start (ExecutionStarted),
/// an event to another instance (EventRaised), or a child's result to its parent.
/// </summary>
/// <param name="TargetInstanceId">The receiving instance.</param>
/// <param name="Message">The event and the execution it is for.</param>
internal sealed record OrchestratorMessage(string TargetInstanceId, InboxMessage Message)
{
    /// <summary>True when the message creates the target instance (a sub-orchestration start).</summary>
    public bool StartsInstance => Message.Event.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted;
}

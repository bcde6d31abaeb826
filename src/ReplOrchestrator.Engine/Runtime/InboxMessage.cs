using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>A message waiting in an instance's inbox: the event to add to its history, and for which execution.</summary>
/// <param name="Event">The history event to deliver.</param>
/// <param name="TargetExecutionId">
/// The execution the message answers (activity results, timers, sub-orchestration results), or
/// <see langword="null"/> for messages any execution may take (raised events, terminate, suspend).
/// A message for an execution that has since continued as new is stale and dropped.
/// </param>
internal readonly record struct InboxMessage(HistoryEvent Event, string? TargetExecutionId);

using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>A durable timer an episode created: at <paramref name="DueAt"/> its TimerFired event joins the instance's inbox.</summary>
/// <param name="InstanceId">The instance that created the timer.</param>
/// <param name="ExecutionId">The execution that created it; a timer outliving its execution is dropped.</param>
/// <param name="DueAt">When it fires (UTC).</param>
/// <param name="FiredEvent">The TimerFired event to deliver.</param>
internal sealed record DurableTimer(string InstanceId, string ExecutionId, DateTimeOffset DueAt, HistoryEvent FiredEvent);

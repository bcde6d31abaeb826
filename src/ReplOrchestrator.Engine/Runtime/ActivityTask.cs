namespace ReplOrchestrator.Engine.Runtime;

/// <summary>An activity call an episode scheduled: what the activity dispatcher will run.</summary>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="ExecutionId">The execution that scheduled it; its result goes back to that execution only.</param>
/// <param name="TaskScheduledId">The TaskScheduled event id its result refers back to.</param>
/// <param name="Name">The activity name.</param>
/// <param name="Input">The input as JSON, or <see langword="null"/>.</param>
internal sealed record ActivityTask(string InstanceId, string ExecutionId, int TaskScheduledId, string Name, string? Input);

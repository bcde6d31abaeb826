namespace ReplOrchestrator.DurableTask.Hosting;

/// <summary>One activity call as scheduled by an orchestration.</summary>
/// <param name="Name">The activity's registered name.</param>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="TaskScheduledId">The sequence number of the TaskScheduled event.</param>
/// <param name="SerializedInput">The input as JSON, or <see langword="null"/>.</param>
public readonly record struct ActivityInvocation(string Name, string InstanceId, int TaskScheduledId, string? SerializedInput);

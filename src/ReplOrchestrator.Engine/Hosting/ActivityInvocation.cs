namespace ReplOrchestrator.Engine.Hosting;

/// <summary>One activity call as scheduled by an orchestration.</summary>
/// <param name="Name">The activity's registered name.</param>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="TaskScheduledId">The sequence number of the TaskScheduled event.</param>
/// <param name="SerializedInput">
/// The input exactly as the orchestration scheduled it, or <see langword="null"/>. Microsoft's SDK wraps
/// it in a one-element JSON array; its activity shim unwraps it.
/// </param>
public readonly record struct ActivityInvocation(string Name, string InstanceId, int TaskScheduledId, string? SerializedInput);

namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>How a sub-orchestration is started.</summary>
public sealed record SubOrchestrationOptions
{
    /// <summary>
    /// The child's instance id, such as <c>cycle:{applianceId}:{vmId}:{cycleId}</c>; it must be the
    /// same on every replay, so build it from inputs and history, never from the wall clock.
    /// </summary>
    /// <value>
    /// Defaults to <see langword="null"/>: the id is then <see cref="OrchestrationContext.NewGuid"/> in
    /// 32-digit form, unique per call and stable across replays and continue-as-new generations.
    /// </value>
    public string? InstanceId { get; init; }

    /// <summary>Retries a failed child; every attempt reuses <see cref="InstanceId"/> when one is given.</summary>
    /// <value>Defaults to <see langword="null"/>: no retries.</value>
    public RetryPolicy? Retry { get; init; }
}

namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>Where an orchestration instance is in its life. Values equal the protocol's <c>OrchestrationStatus</c>.</summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>Started and not finished.</summary>
    Running = 0,

    /// <summary>Finished with an output.</summary>
    Completed = 1,

    /// <summary>Restarted itself with new input (a transient status).</summary>
    ContinuedAsNew = 2,

    /// <summary>Finished with failure details.</summary>
    Failed = 3,

    /// <summary>Cancelled (not produced by our engine; kept for wire compatibility).</summary>
    Canceled = 4,

    /// <summary>Stopped from outside.</summary>
    Terminated = 5,

    /// <summary>Created, not yet run.</summary>
    Pending = 6,

    /// <summary>Paused from outside; events are kept until it is resumed.</summary>
    Suspended = 7,
}

namespace ReplOrchestrator.Engine.Workers;

/// <summary>The wake-ups the engine's parts send each other after a commit.</summary>
internal sealed class EngineSignals(EngineOptions options)
{
    /// <summary>Inboxes got messages.</summary>
    public WorkSignal Orchestrations { get; } = new(options.OrchestrationWorkers);

    /// <summary>Activity tasks were queued or may run again.</summary>
    public WorkSignal Activities { get; } = new(options.ActivityWorkers);

    /// <summary>A timer was created (it may be due sooner than the one the scheduler sleeps for).</summary>
    public WorkSignal Timers { get; } = new(1);
}

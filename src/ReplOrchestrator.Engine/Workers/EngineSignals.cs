namespace ReplOrchestrator.Engine.Workers;

/// <summary>The wake-ups the engine's parts send each other after a commit.</summary>
internal sealed class EngineSignals
{
    /// <summary>An inbox got a message.</summary>
    public WorkSignal Orchestrations { get; } = new();

    /// <summary>An activity task was queued or may run again.</summary>
    public WorkSignal Activities { get; } = new();

    /// <summary>A timer was created (it may be due sooner than the one the scheduler sleeps for).</summary>
    public WorkSignal Timers { get; } = new();
}

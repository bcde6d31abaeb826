namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// The <c>errorType</c> values of failures the engine reports itself, as opposed to exceptions thrown by
/// orchestrator or activity code. Stable: callers may match on them.
/// </summary>
public static class EngineFailureTypes
{
    /// <summary>No orchestrator or activity with the requested name is registered.</summary>
    public const string NotRegistered = "ReplOrchestrator.Engine.NotRegistered";

    /// <summary>A payload (input, output, event data, custom status) is over <see cref="EngineOptions.MaxPayloadBytes"/>.</summary>
    public const string PayloadTooLarge = "ReplOrchestrator.Engine.PayloadTooLarge";

    /// <summary>An orchestrator returned an action the engine does not accept, or one that is malformed.</summary>
    public const string InvalidAction = "ReplOrchestrator.Engine.InvalidAction";

    /// <summary>A sub-orchestration could not be started: its id is invalid or an unfinished instance holds it.</summary>
    public const string SubOrchestrationNotStarted = "ReplOrchestrator.Engine.SubOrchestrationNotStarted";

    /// <summary>
    /// The orchestration invoker itself failed (for example an orchestrator that could not be
    /// created), or the activity invoker failed on every one of <see cref="EngineOptions.MaxActivityAttempts"/> tries.
    /// </summary>
    public const string InvocationFailed = "ReplOrchestrator.Engine.InvocationFailed";

    /// <summary>An activity ran longer than <see cref="EngineOptions.ActivityTimeout"/>.</summary>
    public const string ActivityTimedOut = "ReplOrchestrator.Engine.ActivityTimedOut";

    /// <summary>An instance was terminated while it ran as a sub-orchestration.</summary>
    public const string Terminated = "ReplOrchestrator.Engine.Terminated";

    /// <summary>An orchestrator continued as new too many times in one episode without waiting for anything.</summary>
    public const string ContinueAsNewLoop = "ReplOrchestrator.Engine.ContinueAsNewLoop";
}

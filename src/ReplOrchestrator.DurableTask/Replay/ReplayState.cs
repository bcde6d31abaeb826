namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// What one replay of one execution knows, shared by the executor (which feeds it history) and the
/// context (which the orchestrator's code calls). Lives for a single request.
/// </summary>
internal sealed class ReplayState(ReplaySynchronizationContext thread)
{
    public ReplaySynchronizationContext Thread { get; } = thread;

    public ActionLog Actions { get; } = new();

    public OpenTasks OpenTasks { get; } = new();

    public ExternalEventInbox Inbox { get; } = new();

    /// <summary>The orchestration time: the timestamp of the latest OrchestratorStarted event.</summary>
    public DateTimeOffset Now { get; set; }

    public bool IsReplaying { get; set; }

    /// <summary>The last status the code set; serialized once, into the response, however often a replay sets it.</summary>
    public CustomStatusValue? CustomStatus { get; set; }

    public ContinueAsNewRequest? ContinueAsNew { get; set; }
}

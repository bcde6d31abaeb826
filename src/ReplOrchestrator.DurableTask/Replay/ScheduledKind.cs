namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>The kinds of action that take a sequence number, as history records them.</summary>
internal enum ScheduledKind
{
    Activity,
    SubOrchestration,
    Timer,
    EventSent,
    Completion,
}

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>An awaited activity, sub-orchestration or timer, completed by the event that refers to its sequence number.</summary>
internal sealed class OpenTask(int sequenceNumber, ScheduledAction scheduled) : DurableCompletion
{
    public int SequenceNumber { get; } = sequenceNumber;

    public ScheduledAction Scheduled { get; } = scheduled;
}

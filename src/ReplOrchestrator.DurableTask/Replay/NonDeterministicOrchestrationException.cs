namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// The orchestrator's code no longer does what its history records: an action at a sequence number
/// has another kind or name, or is missing. The orchestration fails with this as its failure; the
/// usual cause is a code change deployed while instances were in flight.
/// </summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    internal NonDeterministicOrchestrationException(int sequenceNumber, ScheduledAction expected, ScheduledAction? actual)
        : base(Describe(sequenceNumber, expected, actual))
    {
        SequenceNumber = sequenceNumber;
        ExpectedAction = expected.ToString();
        ActualAction = actual?.ToString();
    }

    /// <summary>The sequence number at which code and history diverge.</summary>
    public int SequenceNumber { get; }

    /// <summary>What history records at <see cref="SequenceNumber"/>, such as "activity 'Upload'".</summary>
    public string ExpectedAction { get; }

    /// <summary>What the code now does at that number, or <see langword="null"/> when it does nothing there.</summary>
    public string? ActualAction { get; }

    private static string Describe(int sequenceNumber, ScheduledAction expected, ScheduledAction? actual)
    {
        var now = actual is { } action ? $"produces {action} there" : "produces no pending action with that number";
        return $"Non-deterministic orchestration: history records {expected} at sequence number {sequenceNumber}, but the code now {now}. Was the orchestrator changed while this instance was running?";
    }
}

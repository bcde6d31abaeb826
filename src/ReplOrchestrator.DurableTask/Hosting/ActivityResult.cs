using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Hosting;

/// <summary>What an activity produced: JSON output, or failure details.</summary>
public sealed record ActivityResult
{
    private ActivityResult(string? serializedOutput, TaskFailureDetails? failure)
    {
        SerializedOutput = serializedOutput;
        Failure = failure;
    }

    /// <summary>The output as JSON; <see langword="null"/> when the activity returned nothing or failed.</summary>
    public string? SerializedOutput { get; }

    /// <summary>Why the activity failed; <see langword="null"/> when it succeeded.</summary>
    public TaskFailureDetails? Failure { get; }

    /// <summary>True when the activity failed.</summary>
    public bool IsFailure => Failure is not null;

    /// <summary>A successful result.</summary>
    public static ActivityResult Success(string? serializedOutput) => new(serializedOutput, null);

    /// <summary>A failed result.</summary>
    public static ActivityResult Failed(TaskFailureDetails failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(null, failure);
    }
}

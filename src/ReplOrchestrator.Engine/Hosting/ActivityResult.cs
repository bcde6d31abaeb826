using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>What an activity produced: serialized output, or failure details.</summary>
public sealed record ActivityResult
{
    private ActivityResult(string? serializedOutput, TaskFailureDetails? failure)
    {
        SerializedOutput = serializedOutput;
        Failure = failure;
    }

    /// <summary>The output as the worker's data converter serialized it; <see langword="null"/> when the activity returned nothing or failed.</summary>
    public string? SerializedOutput { get; }

    /// <summary>Why the activity failed; <see langword="null"/> when it succeeded.</summary>
    public TaskFailureDetails? Failure { get; }

    /// <summary>A successful result.</summary>
    public static ActivityResult Success(string? serializedOutput) => new(serializedOutput, null);

    /// <summary>A failed result.</summary>
    public static ActivityResult Failed(TaskFailureDetails failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(null, failure);
    }

    /// <summary>
    /// A failed result for an exception the activity threw: its type's full name, message and stack
    /// trace, and its inner exceptions as inner failures (what the orchestration's
    /// <c>TaskFailedException.FailureDetails</c> then shows).
    /// </summary>
    public static ActivityResult Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(null, Runtime.FailureDetails.FromException(exception));
    }
}

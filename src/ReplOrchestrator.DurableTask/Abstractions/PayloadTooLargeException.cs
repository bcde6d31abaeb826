namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// A client call carried a payload (input, event data, reason) larger than the task hub stores. Nothing
/// was stored. An <see cref="ArgumentException"/>, so callers that treat every refused argument alike still can.
/// </summary>
public sealed class PayloadTooLargeException : ArgumentException
{
    /// <summary>Creates the exception with the hub's explanation and the parameter that carried the payload.</summary>
    public PayloadTooLargeException(string message, string parameterName)
        : base(message, parameterName)
    {
    }
}

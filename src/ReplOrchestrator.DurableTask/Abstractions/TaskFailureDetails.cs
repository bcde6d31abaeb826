namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// Why an activity, a sub-orchestration or an orchestration failed: what the protocol carries as
/// <c>TaskFailureDetails</c>.
/// </summary>
/// <param name="ErrorType">The exception's full type name.</param>
/// <param name="ErrorMessage">The exception's message.</param>
/// <param name="StackTrace">The stack trace, when there is one.</param>
/// <param name="InnerFailure">The inner failure, when there is one.</param>
/// <param name="IsNonRetriable">True when retrying cannot help.</param>
public sealed record TaskFailureDetails(
    string ErrorType,
    string ErrorMessage,
    string? StackTrace = null,
    TaskFailureDetails? InnerFailure = null,
    bool IsNonRetriable = false)
{
    /// <summary>
    /// Captures an exception and its inner exceptions. A <see cref="TaskFailedException"/> keeps the
    /// failed task's own details as its inner failure, so an orchestration that fails because an
    /// activity failed reports the activity's error type and message, not only its own.
    /// </summary>
    public static TaskFailureDetails FromException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var inner = exception switch
        {
            TaskFailedException failed => failed.FailureDetails,
            { InnerException: { } innerException } => FromException(innerException),
            _ => null,
        };
        return new TaskFailureDetails(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            inner);
    }

    /// <summary>True when this failure, or one of its inner failures, has the given error type.</summary>
    public bool IsCausedBy<TException>()
        where TException : Exception =>
        string.Equals(ErrorType, typeof(TException).FullName, StringComparison.Ordinal)
        || (InnerFailure?.IsCausedBy<TException>() ?? false);

    /// <inheritdoc />
    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}

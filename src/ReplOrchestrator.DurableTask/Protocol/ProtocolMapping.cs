using ReplOrchestrator.DurableTask.Abstractions;
using Wire = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Protocol;

/// <summary>Conversions between SDK types and their protocol messages, for hosts and the replay runner.</summary>
public static class ProtocolMapping
{
    /// <summary>The protocol form of failure details; <see langword="null"/> stays <see langword="null"/>.</summary>
    public static Wire.TaskFailureDetails? ToProto(this Abstractions.TaskFailureDetails? details)
    {
        if (details is null)
        {
            return null;
        }

        return new Wire.TaskFailureDetails
        {
            ErrorType = details.ErrorType,
            ErrorMessage = details.ErrorMessage,
            StackTrace = details.StackTrace,
            InnerFailure = details.InnerFailure.ToProto(),
            IsNonRetriable = details.IsNonRetriable,
        };
    }

    /// <summary>
    /// The SDK form of protocol failure details. <see langword="null"/> (a peer that sent no details)
    /// becomes a failure of unknown type rather than no failure at all.
    /// </summary>
    public static Abstractions.TaskFailureDetails ToFailureDetails(this Wire.TaskFailureDetails? details) =>
        details is null
            ? new Abstractions.TaskFailureDetails("Unknown", "The failure carried no details.")
            : new Abstractions.TaskFailureDetails(
                details.ErrorType,
                details.ErrorMessage,
                details.StackTrace,
                details.InnerFailure is { } inner ? inner.ToFailureDetails() : null,
                details.IsNonRetriable);

    /// <summary>The protocol status; the two enums share their numbering.</summary>
    public static OrchestrationStatus ToProto(this OrchestrationRuntimeStatus status) => (OrchestrationStatus)status;

    /// <summary>The SDK status; the two enums share their numbering.</summary>
    public static OrchestrationRuntimeStatus ToRuntimeStatus(this OrchestrationStatus status) => (OrchestrationRuntimeStatus)status;
}

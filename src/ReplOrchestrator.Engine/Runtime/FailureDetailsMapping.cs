using ProtocolFailure = ReplOrchestrator.DurableTask.Protocol.TaskFailureDetails;
using SdkFailure = ReplOrchestrator.DurableTask.Abstractions.TaskFailureDetails;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>Converts failure details between the SDK's record and the protocol message.</summary>
internal static class FailureDetailsMapping
{
    public static ProtocolFailure ToProtocol(SdkFailure failure) => new()
    {
        ErrorType = failure.ErrorType,
        ErrorMessage = failure.ErrorMessage,
        StackTrace = failure.StackTrace,
        InnerFailure = failure.InnerFailure is { } inner ? ToProtocol(inner) : null,
        IsNonRetriable = failure.IsNonRetriable,
    };

    public static SdkFailure ToSdk(ProtocolFailure failure) => new(
        failure.ErrorType,
        failure.ErrorMessage,
        failure.StackTrace,
        failure.InnerFailure is { } inner ? ToSdk(inner) : null,
        failure.IsNonRetriable);
}

using Sdk = Microsoft.DurableTask;
using Wire = Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>Failure details between Microsoft's SDK types and the protocol messages the engine stores.</summary>
internal static class FailureDetails
{
    /// <summary>
    /// The protocol form of an exception, captured the SDK's way (type's full name, message, stack
    /// trace, inner exceptions as inner failures), so a failure reads the same as under the gRPC worker.
    /// </summary>
    public static Wire.TaskFailureDetails FromException(Exception exception) => ToProto(Sdk.TaskFailureDetails.FromException(exception));

    /// <summary>The protocol form. Custom exception properties are not carried: nothing in the engine reads them.</summary>
    public static Wire.TaskFailureDetails ToProto(Sdk.TaskFailureDetails details) => new()
    {
        ErrorType = details.ErrorType,
        ErrorMessage = details.ErrorMessage,
        StackTrace = details.StackTrace,
        InnerFailure = details.InnerFailure is { } inner ? ToProto(inner) : null,
    };

    /// <summary>
    /// The SDK form a client reads (<c>OrchestrationMetadata.FailureDetails</c>). Retriability is the
    /// engine's business and has no place there.
    /// </summary>
    public static Sdk.TaskFailureDetails ToSdk(Wire.TaskFailureDetails details) => new(
        details.ErrorType,
        details.ErrorMessage,
        details.StackTrace,
        details.InnerFailure is { } inner ? ToSdk(inner) : null,
        null);
}

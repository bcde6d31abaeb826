using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Abstractions;
using Proto = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>Conversions between the durable client port's models and the protocol's client messages.</summary>
internal static class ProtocolMapping
{
    public static OrchestrationMetadata ToMetadata(Proto.OrchestrationState state) =>
        new(state.InstanceId,
            state.Name,
            (OrchestrationRuntimeStatus)state.OrchestrationStatus,
            ToDateTimeOffset(state.CreatedTimestamp),
            ToDateTimeOffset(state.LastUpdatedTimestamp))
        {
            SerializedInput = state.Input,
            SerializedOutput = state.Output,
            SerializedCustomStatus = state.CustomStatus,
            FailureDetails = ToFailureDetails(state.FailureDetails),
        };

    public static TaskFailureDetails? ToFailureDetails(Proto.TaskFailureDetails? details) =>
        details is null
            ? null
            : new TaskFailureDetails(details.ErrorType, details.ErrorMessage, details.StackTrace, ToFailureDetails(details.InnerFailure), details.IsNonRetriable);

    public static Proto.OrchestrationStatus ToProtocol(OrchestrationRuntimeStatus status) => (Proto.OrchestrationStatus)(int)status;

    public static Timestamp? ToTimestamp(DateTimeOffset? value) => value is { } at ? Timestamp.FromDateTimeOffset(at) : null;

    private static DateTimeOffset ToDateTimeOffset(Timestamp? timestamp) =>
        timestamp is null ? DateTimeOffset.MinValue : timestamp.ToDateTimeOffset();
}

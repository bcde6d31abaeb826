using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using Proto = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// Conversions from the protocol's client messages to the durable client port's models; failures and statuses
/// map through the SDK's <see cref="Proto.ProtocolMapping"/>.
/// </summary>
internal static class OrchestrationStateMapping
{
    public static OrchestrationMetadata ToMetadata(Proto.OrchestrationState state) =>
        new(state.InstanceId,
            state.Name,
            state.OrchestrationStatus.ToRuntimeStatus(),
            ToDateTimeOffset(state.CreatedTimestamp),
            ToDateTimeOffset(state.LastUpdatedTimestamp))
        {
            SerializedInput = state.Input,
            SerializedOutput = state.Output,
            SerializedCustomStatus = state.CustomStatus,
            FailureDetails = state.FailureDetails?.ToFailureDetails(),
        };

    public static Timestamp? ToTimestamp(DateTimeOffset? value) => value is { } at ? Timestamp.FromDateTimeOffset(at) : null;

    private static DateTimeOffset ToDateTimeOffset(Timestamp? timestamp) =>
        timestamp is null ? DateTimeOffset.MinValue : timestamp.ToDateTimeOffset();
}

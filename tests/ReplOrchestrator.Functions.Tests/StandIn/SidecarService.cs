using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Functions.Tests.DurableClient;
using Proto = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>
/// The extension's loopback <c>TaskHubSidecarService</c>, answered from the stand-in engine's client:
/// what the handler's durable client talks to when activities and HTTP functions start instances,
/// raise events and read statuses.
/// </summary>
internal static class SidecarService
{
    public static Task<LoopbackGrpcServer> StartAsync(Func<IDurableClient> client) =>
        LoopbackGrpcServer.StartAsync((method, message) => AnswerAsync(client(), method, message));

    private static async Task<GrpcReply> AnswerAsync(IDurableClient client, string method, byte[] message)
    {
        try
        {
            switch (method)
            {
                case "/TaskHubSidecarService/StartInstance":
                    var start = Proto.CreateInstanceRequest.Parser.ParseFrom(message);
                    await client.StartNewAsync(start.Name, start.InstanceId, start.Input);
                    return GrpcReply.Ok(new Proto.CreateInstanceResponse { InstanceId = start.InstanceId });
                case "/TaskHubSidecarService/GetInstance":
                    var get = Proto.GetInstanceRequest.Parser.ParseFrom(message);
                    var metadata = await client.GetInstanceAsync(get.InstanceId, get.GetInputsAndOutputs);
                    return GrpcReply.Ok(metadata is null ? new Proto.GetInstanceResponse { Exists = false } : new Proto.GetInstanceResponse { Exists = true, OrchestrationState = State(metadata) });
                case "/TaskHubSidecarService/RaiseEvent":
                    var raise = Proto.RaiseEventRequest.Parser.ParseFrom(message);
                    await client.RaiseEventAsync(raise.InstanceId, raise.Name, raise.Input);
                    return GrpcReply.Ok(new Proto.RaiseEventResponse());
                case "/TaskHubSidecarService/QueryInstances":
                    var query = Proto.QueryInstancesRequest.Parser.ParseFrom(message).Query;
                    var page = await client.QueryInstancesAsync(new OrchestrationQuery
                    {
                        InstanceIdPrefix = query.InstanceIdPrefix, PageSize = query.MaxInstanceCount, ContinuationToken = query.ContinuationToken,
                        FetchInputsAndOutputs = query.FetchInputsAndOutputs,
                    });
                    var reply = new Proto.QueryInstancesResponse { ContinuationToken = page.ContinuationToken };
                    reply.OrchestrationState.AddRange(page.Instances.Select(State));
                    return GrpcReply.Ok(reply);
                default:
                    return GrpcReply.Error(12, $"{method} is not served by the stand-in");
            }
        }
        catch (InstanceAlreadyExistsException e)
        {
            return GrpcReply.Error(6, e.Message);
        }
        catch (InstanceNotFoundException e)
        {
            return GrpcReply.Error(5, e.Message);
        }
    }

    private static Proto.OrchestrationState State(OrchestrationMetadata metadata) => new()
    {
        InstanceId = metadata.InstanceId,
        Name = metadata.Name,
        OrchestrationStatus = (Proto.OrchestrationStatus)(int)metadata.RuntimeStatus,
        CreatedTimestamp = Timestamp.FromDateTimeOffset(metadata.CreatedAt),
        LastUpdatedTimestamp = Timestamp.FromDateTimeOffset(metadata.LastUpdatedAt),
        Input = metadata.SerializedInput,
        Output = metadata.SerializedOutput,
        CustomStatus = metadata.SerializedCustomStatus,
    };
}

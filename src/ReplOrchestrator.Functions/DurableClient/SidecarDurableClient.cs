using ReplOrchestrator.DurableTask.Abstractions;
using Proto = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// The durable client port over the Durable extension's loopback gRPC endpoint
/// (<c>TaskHubSidecarService</c> at the binding's <c>rpcBaseUrl</c>) — what the .NET isolated worker
/// uses, and the path that stays on the machine.
/// </summary>
internal sealed class SidecarDurableClient : IDurableClient
{
    private const string Service = "/TaskHubSidecarService/";
    private readonly GrpcUnaryCaller _caller;

    /// <summary>Creates a client for one binding that has an <c>rpcBaseUrl</c>.</summary>
    public SidecarDurableClient(HttpClient http, DurableClientBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["Durable-TaskHub"] = binding.TaskHubName };
        if (!string.IsNullOrEmpty(binding.ConnectionName))
        {
            headers["Durable-ConnectionName"] = binding.ConnectionName;
        }

        var baseAddress = binding.RpcBaseUrl ?? throw new ArgumentException("The binding has no rpcBaseUrl.", nameof(binding));
        _caller = new GrpcUnaryCaller(http, baseAddress, headers);
    }

    /// <inheritdoc />
    public async Task StartNewAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default)
    {
        try
        {
            await StartAsync(orchestratorName, instanceId, serializedInput, cancellationToken).ConfigureAwait(false);
        }
        catch (GrpcCallException e) when (e.Status == GrpcStatusCode.AlreadyExists)
        {
            throw new InstanceAlreadyExistsException(instanceId);
        }
    }

    /// <inheritdoc />
    public async Task<bool> StartIfAbsentAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default)
    {
        if (await GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        try
        {
            await StartAsync(orchestratorName, instanceId, serializedInput, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (GrpcCallException e) when (e.Status == GrpcStatusCode.AlreadyExists)
        {
            // Another caller created it between the read and the start: absent no longer.
            return false;
        }
    }

    /// <inheritdoc />
    public Task RaiseEventAsync(string instanceId, string eventName, string? serializedData, CancellationToken cancellationToken = default) =>
        CallForInstanceAsync(
            instanceId,
            "RaiseEvent",
            new Proto.RaiseEventRequest { InstanceId = instanceId, Name = eventName, Input = serializedData },
            Proto.RaiseEventResponse.Parser,
            cancellationToken);

    /// <inheritdoc />
    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        var response = await _caller.CallAsync(
            Service + "GetInstance",
            new Proto.GetInstanceRequest { InstanceId = instanceId, GetInputsAndOutputs = getInputsAndOutputs },
            Proto.GetInstanceResponse.Parser,
            cancellationToken).ConfigureAwait(false);
        return response.Exists && response.OrchestrationState is { } state ? OrchestrationStateMapping.ToMetadata(state) : null;
    }

    /// <inheritdoc />
    public async Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new Proto.InstanceQuery
        {
            MaxInstanceCount = Math.Clamp(query.PageSize, 1, OrchestrationQuery.MaxPageSize),
            ContinuationToken = query.ContinuationToken,
            InstanceIdPrefix = query.InstanceIdPrefix,
            FetchInputsAndOutputs = query.FetchInputsAndOutputs,
            CreatedTimeFrom = OrchestrationStateMapping.ToTimestamp(query.CreatedFrom),
            CreatedTimeTo = OrchestrationStateMapping.ToTimestamp(query.CreatedTo),
        };
        request.RuntimeStatus.AddRange(query.RuntimeStatuses.Select(s => Proto.ProtocolMapping.ToProto(s)));

        var response = await _caller.CallAsync(
            Service + "QueryInstances",
            new Proto.QueryInstancesRequest { Query = request },
            Proto.QueryInstancesResponse.Parser,
            cancellationToken).ConfigureAwait(false);
        var instances = response.OrchestrationState.Select(OrchestrationStateMapping.ToMetadata).ToList();
        return new OrchestrationQueryResult(instances, string.IsNullOrEmpty(response.ContinuationToken) ? null : response.ContinuationToken);
    }

    /// <inheritdoc />
    public Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        CallForInstanceAsync(
            instanceId,
            "TerminateInstance",
            new Proto.TerminateRequest { InstanceId = instanceId, Output = reason },
            Proto.TerminateResponse.Parser,
            cancellationToken);

    /// <inheritdoc />
    public Task SuspendAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        CallForInstanceAsync(
            instanceId,
            "SuspendInstance",
            new Proto.SuspendRequest { InstanceId = instanceId, Reason = reason },
            Proto.SuspendResponse.Parser,
            cancellationToken);

    /// <inheritdoc />
    public Task ResumeAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        CallForInstanceAsync(
            instanceId,
            "ResumeInstance",
            new Proto.ResumeRequest { InstanceId = instanceId, Reason = reason },
            Proto.ResumeResponse.Parser,
            cancellationToken);

    /// <inheritdoc />
    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var response = await _caller.CallAsync(
            Service + "PurgeInstances",
            new Proto.PurgeInstancesRequest { InstanceId = instanceId, IsOrchestration = true },
            Proto.PurgeInstancesResponse.Parser,
            cancellationToken).ConfigureAwait(false);
        return response.DeletedInstanceCount;
    }

    /// <inheritdoc />
    public async Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var protoFilter = new Proto.PurgeInstanceFilter
        {
            CreatedTimeFrom = OrchestrationStateMapping.ToTimestamp(filter.CreatedFrom),
            CreatedTimeTo = OrchestrationStateMapping.ToTimestamp(filter.CreatedTo),
        };
        protoFilter.RuntimeStatus.AddRange(filter.RuntimeStatuses.Select(s => Proto.ProtocolMapping.ToProto(s)));
        var response = await _caller.CallAsync(
            Service + "PurgeInstances",
            new Proto.PurgeInstancesRequest { PurgeInstanceFilter = protoFilter },
            Proto.PurgeInstancesResponse.Parser,
            cancellationToken).ConfigureAwait(false);
        return response.DeletedInstanceCount;
    }

    private Task<Proto.CreateInstanceResponse> StartAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken) =>
        _caller.CallAsync(
            Service + "StartInstance",
            new Proto.CreateInstanceRequest { Name = orchestratorName, InstanceId = instanceId, Input = serializedInput },
            Proto.CreateInstanceResponse.Parser,
            cancellationToken);

    private async Task CallForInstanceAsync<TResponse>(string instanceId, string method, Google.Protobuf.IMessage request, Google.Protobuf.MessageParser<TResponse> parser, CancellationToken cancellationToken)
        where TResponse : Google.Protobuf.IMessage<TResponse>
    {
        try
        {
            await _caller.CallAsync(Service + method, request, parser, cancellationToken).ConfigureAwait(false);
        }
        catch (GrpcCallException e) when (e.Status == GrpcStatusCode.NotFound)
        {
            throw new InstanceNotFoundException(instanceId);
        }
    }
}

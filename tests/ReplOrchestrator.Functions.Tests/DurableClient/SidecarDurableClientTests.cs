using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Functions.DurableClient;
using Proto = ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.Tests.DurableClient;

public sealed class SidecarDurableClientTests
{
    private const int NotFound = 5;
    private const int AlreadyExists = 6;

    [Fact]
    public async Task StartNewAsync_SendsStartInstanceWithHubHeadersAndGrpcFraming()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.CreateInstanceResponse { InstanceId = "vm:a:b" }));
        var client = CreateClient(server, connection: "Storage2");

        await client.StartNewAsync("VmMonitor", "vm:a:b", "{\"x\":1}");

        var call = server.Calls.ShouldHaveSingleItem();
        call.Method.ShouldBe("/TaskHubSidecarService/StartInstance");
        call.ContentType.ShouldBe("application/grpc");
        call.Headers["te"].ShouldBe("trailers");
        call.Headers["Durable-TaskHub"].ShouldBe("ReplHub");
        call.Headers["Durable-ConnectionName"].ShouldBe("Storage2");
        var request = Proto.CreateInstanceRequest.Parser.ParseFrom(call.Message);
        request.Name.ShouldBe("VmMonitor");
        request.InstanceId.ShouldBe("vm:a:b");
        request.Input.ShouldBe("{\"x\":1}");
    }

    [Fact]
    public async Task StartNewAsync_WithoutConnectionName_SendsNoConnectionHeader()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.CreateInstanceResponse()));

        await CreateClient(server).StartNewAsync("VmMonitor", "vm:a:b", null);

        var call = server.Calls.ShouldHaveSingleItem();
        call.Headers.ContainsKey("Durable-ConnectionName").ShouldBeFalse();
        Proto.CreateInstanceRequest.Parser.ParseFrom(call.Message).Input.ShouldBeNull();
    }

    [Fact]
    public async Task StartNewAsync_AlreadyExists_ThrowsInstanceAlreadyExists()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Error(AlreadyExists, "exists"));

        var error = await Should.ThrowAsync<InstanceAlreadyExistsException>(() => CreateClient(server).StartNewAsync("VmMonitor", "vm:a:b", null));

        error.InstanceId.ShouldBe("vm:a:b");
    }

    [Fact]
    public async Task StartIfAbsentAsync_ExistingInstance_ReturnsFalseWithoutStarting()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.GetInstanceResponse { Exists = true, OrchestrationState = State("vm:a:b") }));

        var created = await CreateClient(server).StartIfAbsentAsync("VmMonitor", "vm:a:b", null);

        created.ShouldBeFalse();
        server.Calls.Select(c => c.Method).ShouldBe(["/TaskHubSidecarService/GetInstance"]);
    }

    [Fact]
    public async Task StartIfAbsentAsync_AbsentInstance_StartsIt()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((method, _) => method.EndsWith("GetInstance", StringComparison.Ordinal)
            ? GrpcReply.Ok(new Proto.GetInstanceResponse { Exists = false })
            : GrpcReply.Ok(new Proto.CreateInstanceResponse { InstanceId = "vm:a:b" }));

        var created = await CreateClient(server).StartIfAbsentAsync("VmMonitor", "vm:a:b", "1");

        created.ShouldBeTrue();
        server.Calls.Select(c => c.Method).ShouldBe(["/TaskHubSidecarService/GetInstance", "/TaskHubSidecarService/StartInstance"]);
    }

    [Fact]
    public async Task StartIfAbsentAsync_LosesRaceToAnotherCreator_ReturnsFalse()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((method, _) => method.EndsWith("GetInstance", StringComparison.Ordinal)
            ? GrpcReply.Ok(new Proto.GetInstanceResponse { Exists = false })
            : GrpcReply.Error(AlreadyExists, "created meanwhile"));

        (await CreateClient(server).StartIfAbsentAsync("VmMonitor", "vm:a:b", null)).ShouldBeFalse();
    }

    [Fact]
    public async Task RaiseEventAsync_SendsNameAndData()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.RaiseEventResponse()));

        await CreateClient(server).RaiseEventAsync("appliance:a", "heartbeat", "{\"sequence\":7}");

        var request = Proto.RaiseEventRequest.Parser.ParseFrom(server.Calls.ShouldHaveSingleItem().Message);
        request.InstanceId.ShouldBe("appliance:a");
        request.Name.ShouldBe("heartbeat");
        request.Input.ShouldBe("{\"sequence\":7}");
    }

    [Fact]
    public async Task RaiseEventAsync_NotFound_ThrowsInstanceNotFound()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Error(NotFound, "no such instance"));

        var error = await Should.ThrowAsync<InstanceNotFoundException>(() => CreateClient(server).RaiseEventAsync("appliance:a", "heartbeat", null));

        error.InstanceId.ShouldBe("appliance:a");
    }

    [Fact]
    public async Task GetInstanceAsync_MapsEveryField()
    {
        var created = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
        var state = State("cycle:a:b:c-17");
        state.OrchestrationStatus = Proto.OrchestrationStatus.Failed;
        state.CreatedTimestamp = Timestamp.FromDateTimeOffset(created);
        state.LastUpdatedTimestamp = Timestamp.FromDateTimeOffset(created.AddMinutes(5));
        state.Input = "{\"cycleId\":\"c-17\"}";
        state.Output = "\"done\"";
        state.CustomStatus = "{\"phase\":\"Upload\"}";
        state.FailureDetails = new Proto.TaskFailureDetails
        {
            ErrorType = "System.TimeoutException",
            ErrorMessage = "upload stalled",
            StackTrace = "at x",
            InnerFailure = new Proto.TaskFailureDetails { ErrorType = "System.IO.IOException", ErrorMessage = "reset" },
        };
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.GetInstanceResponse { Exists = true, OrchestrationState = state }));

        var metadata = await CreateClient(server).GetInstanceAsync("cycle:a:b:c-17", getInputsAndOutputs: true);

        Proto.GetInstanceRequest.Parser.ParseFrom(server.Calls.Single().Message).GetInputsAndOutputs.ShouldBeTrue();
        metadata.ShouldNotBeNull();
        metadata.InstanceId.ShouldBe("cycle:a:b:c-17");
        metadata.Name.ShouldBe("ReplicationCycle");
        metadata.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Failed);
        metadata.CreatedAt.ShouldBe(created);
        metadata.LastUpdatedAt.ShouldBe(created.AddMinutes(5));
        metadata.SerializedInput.ShouldBe("{\"cycleId\":\"c-17\"}");
        metadata.ReadOutputAs<string>().ShouldBe("done");
        metadata.SerializedCustomStatus.ShouldBe("{\"phase\":\"Upload\"}");
        metadata.FailureDetails!.ErrorMessage.ShouldBe("upload stalled");
        metadata.FailureDetails.StackTrace.ShouldBe("at x");
        metadata.FailureDetails.InnerFailure!.ErrorType.ShouldBe("System.IO.IOException");
    }

    [Fact]
    public async Task GetInstanceAsync_NotExisting_ReturnsNull()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.GetInstanceResponse { Exists = false }));

        (await CreateClient(server).GetInstanceAsync("vm:x:y")).ShouldBeNull();
    }

    [Fact]
    public async Task QueryInstancesAsync_SendsFilterAndReadsPage()
    {
        var reply = new Proto.QueryInstancesResponse { ContinuationToken = "page-2" };
        reply.OrchestrationState.Add(State("vm:a:1"));
        reply.OrchestrationState.Add(State("vm:a:2"));
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(reply));

        var page = await CreateClient(server).QueryInstancesAsync(new OrchestrationQuery
        {
            InstanceIdPrefix = "vm:a:",
            RuntimeStatuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
            PageSize = 5000,
            ContinuationToken = "page-1",
            FetchInputsAndOutputs = true,
        });

        var query = Proto.QueryInstancesRequest.Parser.ParseFrom(server.Calls.Single().Message).Query;
        query.InstanceIdPrefix.ShouldBe("vm:a:");
        query.RuntimeStatus.ShouldBe([Proto.OrchestrationStatus.Running, Proto.OrchestrationStatus.Suspended]);
        query.MaxInstanceCount.ShouldBe(OrchestrationQuery.MaxPageSize);
        query.ContinuationToken.ShouldBe("page-1");
        query.FetchInputsAndOutputs.ShouldBeTrue();
        page.Instances.Select(i => i.InstanceId).ShouldBe(["vm:a:1", "vm:a:2"]);
        page.ContinuationToken.ShouldBe("page-2");
    }

    [Fact]
    public async Task QueryInstancesAsync_LastPage_HasNoContinuationToken()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.QueryInstancesResponse()));

        (await CreateClient(server).QueryInstancesAsync(new OrchestrationQuery())).ContinuationToken.ShouldBeNull();
    }

    [Fact]
    public async Task TerminateSuspendResume_SendInstanceAndReason()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((method, _) => method switch
        {
            "/TaskHubSidecarService/TerminateInstance" => GrpcReply.Ok(new Proto.TerminateResponse()),
            "/TaskHubSidecarService/SuspendInstance" => GrpcReply.Ok(new Proto.SuspendResponse()),
            _ => GrpcReply.Ok(new Proto.ResumeResponse()),
        });
        var client = CreateClient(server);

        await client.TerminateAsync("vm:a:b", "decommissioned");
        await client.SuspendAsync("vm:a:b", "maintenance");
        await client.ResumeAsync("vm:a:b", "done");

        var calls = server.Calls.ToList();
        Proto.TerminateRequest.Parser.ParseFrom(calls[0].Message).Output.ShouldBe("decommissioned");
        Proto.SuspendRequest.Parser.ParseFrom(calls[1].Message).Reason.ShouldBe("maintenance");
        var resume = Proto.ResumeRequest.Parser.ParseFrom(calls[2].Message);
        resume.InstanceId.ShouldBe("vm:a:b");
        resume.Reason.ShouldBe("done");
    }

    [Fact]
    public async Task PurgeInstanceAsync_ById_ReturnsDeletedCount()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.PurgeInstancesResponse { DeletedInstanceCount = 1 }));

        (await CreateClient(server).PurgeInstanceAsync("cycle:a:b:c")).ShouldBe(1);

        var request = Proto.PurgeInstancesRequest.Parser.ParseFrom(server.Calls.Single().Message);
        request.InstanceId.ShouldBe("cycle:a:b:c");
        request.IsOrchestration.ShouldBeTrue();
    }

    [Fact]
    public async Task PurgeInstancesAsync_ByFilter_SendsFilter()
    {
        var from = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Ok(new Proto.PurgeInstancesResponse { DeletedInstanceCount = 42 }));

        var deleted = await CreateClient(server).PurgeInstancesAsync(new PurgeFilter { CreatedFrom = from, RuntimeStatuses = [OrchestrationRuntimeStatus.Completed] });

        deleted.ShouldBe(42);
        var filter = Proto.PurgeInstancesRequest.Parser.ParseFrom(server.Calls.Single().Message).PurgeInstanceFilter;
        filter.CreatedTimeFrom.ToDateTimeOffset().ShouldBe(from);
        filter.CreatedTimeTo.ShouldBeNull();
        filter.RuntimeStatus.ShouldBe([Proto.OrchestrationStatus.Completed]);
    }

    [Fact]
    public async Task AnyCall_ServerError_SurfacesStatusAndMessage()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => GrpcReply.Error(14, "hub is starting"));

        var error = await Should.ThrowAsync<GrpcCallException>(() => CreateClient(server).GetInstanceAsync("vm:a:b"));

        error.StatusCode.ShouldBe(14);
        error.Detail.ShouldBe("hub is starting");
        error.Method.ShouldBe("/TaskHubSidecarService/GetInstance");
    }

    [Fact]
    public async Task AnyCall_CompressedResponse_IsRejectedClearly()
    {
        await using var server = await LoopbackGrpcServer.StartAsync((_, _) => new GrpcReply(0, [1, 2, 3], Compressed: true));

        var error = await Should.ThrowAsync<GrpcCallException>(() => CreateClient(server).GetInstanceAsync("vm:a:b"));

        error.Message.ShouldContain("compressed");
    }

    private static SidecarDurableClient CreateClient(LoopbackGrpcServer server, string? connection = null) =>
        new(server.CreateClient(), new DurableClientBinding("ReplHub", connection, server.BaseAddress, null, null));

    private static Proto.OrchestrationState State(string instanceId) => new()
    {
        InstanceId = instanceId,
        Name = instanceId.StartsWith("cycle", StringComparison.Ordinal) ? "ReplicationCycle" : "VmMonitor",
        OrchestrationStatus = Proto.OrchestrationStatus.Running,
        CreatedTimestamp = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero)),
        LastUpdatedTimestamp = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero)),
    };
}

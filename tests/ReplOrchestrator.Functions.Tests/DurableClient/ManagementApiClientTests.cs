using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Functions.Tests.DurableClient;

public sealed class ManagementApiClientTests
{
    private const string SystemKey = "code=s3cr3t-system-key";

    [Fact]
    public async Task StartNewAsync_PostsInputToOrchestratorRouteWithHubAndKey()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202, "{\"id\":\"vm:a:b\"}"));

        await Client(server).StartNewAsync("VmMonitor", "vm:a:b", "{\"x\":1}");

        var request = server.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/runtime/webhooks/durabletask/orchestrators/VmMonitor/vm:a:b");
        request.QueryValue("taskHub").ShouldBe("ReplHub");
        request.QueryValue("connection").ShouldBe("Storage");
        request.QueryValue("code").ShouldBe("s3cr3t-system-key");
        request.Headers["Content-Type"].ShouldStartWith("application/json");
        request.Body.ShouldBe("{\"x\":1}");
    }

    [Fact]
    public async Task GetInstanceAsync_ReadsStatusObject()
    {
        const string status = """
            {"name":"VmMonitor","instanceId":"vm:a:b","runtimeStatus":"Running","input":{"vmId":"b"},
             "customStatus":{"health":"Warning"},"output":null,
             "createdTime":"2026-11-22T04:00:00Z","lastUpdatedTime":"2026-11-22T04:05:00Z"}
            """;
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202, status));

        var metadata = await Client(server).GetInstanceAsync("vm:a:b", getInputsAndOutputs: true);

        server.Requests.Single().QueryValue("showInput").ShouldBe("true");
        metadata.ShouldNotBeNull();
        metadata.Name.ShouldBe("VmMonitor");
        metadata.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
        metadata.SerializedInput.ShouldBe("{\"vmId\":\"b\"}");
        metadata.SerializedCustomStatus.ShouldBe("{\"health\":\"Warning\"}");
        metadata.SerializedOutput.ShouldBeNull();
        metadata.LastUpdatedAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 4, 5, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task GetInstanceAsync_NotFound_ReturnsNull()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(404));

        (await Client(server).GetInstanceAsync("vm:a:b")).ShouldBeNull();
    }

    [Fact]
    public async Task RaiseEventAsync_PostsJsonToRaiseEventRoute()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202));

        await Client(server).RaiseEventAsync("appliance:a", "heartbeat", "{\"sequence\":3}");

        var request = server.Requests.Single();
        request.Path.ShouldBe("/runtime/webhooks/durabletask/instances/appliance:a/raiseEvent/heartbeat");
        request.Body.ShouldBe("{\"sequence\":3}");
        request.Headers["Content-Type"].ShouldStartWith("application/json");
    }

    [Fact]
    public async Task RaiseEventAsync_UnknownInstance_ThrowsInstanceNotFound()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(404));

        await Should.ThrowAsync<InstanceNotFoundException>(() => Client(server).RaiseEventAsync("appliance:a", "heartbeat", null));
    }

    [Fact]
    public async Task TerminateAsync_FinishedInstance_ChangesNothingAndDoesNotThrow()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(410));

        await Client(server).TerminateAsync("cycle:a:b:c", "no longer needed");

        var request = server.Requests.Single();
        request.Path.ShouldEndWith("/instances/cycle:a:b:c/terminate");
        request.QueryValue("reason").ShouldBe("no longer needed");
    }

    [Fact]
    public async Task QueryInstancesAsync_SendsFiltersAndFollowsContinuationHeader()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(200, """[{"name":"VmMonitor","instanceId":"vm:a:1","runtimeStatus":"Suspended","createdTime":"2026-11-22T04:00:00Z","lastUpdatedTime":"2026-11-22T04:00:00Z"}]""")
        {
            Headers = new Dictionary<string, string> { ["x-ms-continuation-token"] = "next-1" },
        });

        var page = await Client(server).QueryInstancesAsync(new OrchestrationQuery
        {
            InstanceIdPrefix = "vm:a:",
            RuntimeStatuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
            PageSize = 50,
            ContinuationToken = "prev",
        });

        var request = server.Requests.Single();
        request.QueryValue("instanceIdPrefix").ShouldBe("vm:a:");
        request.QueryValue("runtimeStatus").ShouldBe("Running,Suspended");
        request.QueryValue("top").ShouldBe("50");
        request.Headers["x-ms-continuation-token"].ShouldBe("prev");
        page.Instances.Single().RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Suspended);
        page.ContinuationToken.ShouldBe("next-1");
    }

    [Fact]
    public async Task PurgeInstancesAsync_WithoutLowerBound_SendsEpochAsCreatedTimeFrom()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(200, "{\"instancesDeleted\":7}"));

        var deleted = await Client(server).PurgeInstancesAsync(new PurgeFilter { RuntimeStatuses = [OrchestrationRuntimeStatus.Completed] });

        deleted.ShouldBe(7);
        var request = server.Requests.Single();
        request.Method.ShouldBe("DELETE");
        request.QueryValue("createdTimeFrom").ShouldBe("1970-01-01T00:00:00.0000000Z");
        request.QueryValue("runtimeStatus").ShouldBe("Completed");
    }

    [Fact]
    public async Task FailedCall_ErrorMessage_NeverContainsTheSystemKey()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(500, "hub unavailable"));

        var error = await Should.ThrowAsync<HttpRequestException>(() => Client(server).SuspendAsync("vm:a:b"));

        error.Message.ShouldContain("hub unavailable");
        error.ToString().ShouldNotContain("s3cr3t");
    }

    private static ManagementApiClient Client(LoopbackHttpServer server) =>
        new(new HttpClient(), new DurableClientBinding("ReplHub", "Storage", null, new Uri(server.BaseAddress, "runtime/webhooks/durabletask"), SystemKey));
}

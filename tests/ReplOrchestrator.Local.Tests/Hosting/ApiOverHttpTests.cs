using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>The API through the real pipeline: Kestrel on loopback, the engine, the workflows.</summary>
public sealed class ApiOverHttpTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Heartbeat_Valid_IsAcceptedAndAppearsInTheFleet()
    {
        using var response = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow, Heartbeats.Vm("vm-sql01")));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        body["accepted"]!.GetValue<bool>().ShouldBeTrue();
        body["duplicate"]!.GetValue<bool>().ShouldBeFalse();
        body["commands"]!.AsArray().ShouldBeEmpty();

        var fleet = await _host.WaitForAsync("/api/fleet", f => f["appliances"]!.AsArray().Count == 1 && f["appliances"]![0]!["vms"]!.AsArray().Count == 1);
        fleet["appliances"]![0]!["applianceId"]!.GetValue<string>().ShouldBe("appl-a");
        fleet["appliances"]![0]!["connection"]!.GetValue<string>().ShouldBe("Connected");
        fleet["appliances"]![0]!["vms"]![0]!["vmId"]!.GetValue<string>().ShouldBe("vm-sql01");
    }

    [Fact]
    public async Task Heartbeat_RepeatedSequence_Answers200DuplicateAndChangesNothing()
    {
        var heartbeat = Heartbeats.Of("appl-a", 5, DateTimeOffset.UtcNow);
        (await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", heartbeat)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        using var again = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", heartbeat);
        using var older = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", heartbeat with { Sequence = 4 });

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonNode>())!["duplicate"]!.GetValue<bool>().ShouldBeTrue();
        older.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await older.Content.ReadFromJsonAsync<JsonNode>())!["duplicate"]!.GetValue<bool>().ShouldBeTrue();
        var fleet = await _host.WaitForAsync("/api/fleet", f => f["appliances"]!.AsArray().Count == 1 && f["appliances"]![0]!["lastSequence"] is not null);
        fleet["appliances"]![0]!["lastSequence"]!.GetValue<long>().ShouldBe(5);
    }

    [Fact]
    public async Task Heartbeat_LargestLongSequence_IsRefused_AndTheNextOnesAreTaken()
    {
        var now = DateTimeOffset.UtcNow;
        var poison = ContractJson.Serialize(Heartbeats.Of("appl-a", 1, now)).Replace("\"sequence\":1,", "\"sequence\":9223372036854775807,", StringComparison.Ordinal);

        using var refused = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", poison);
        using var first = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, now.AddSeconds(1)));
        using var second = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 2, now.AddSeconds(2)));

        var problem = await ShouldBeProblemAsync(refused, HttpStatusCode.BadRequest, "invalid-body");
        problem["errors"]![0]!["path"]!.GetValue<string>().ShouldBe("$.sequence");
        (first.StatusCode, second.StatusCode).ShouldBe((HttpStatusCode.Accepted, HttpStatusCode.Accepted));
    }

    [Fact]
    public async Task Heartbeat_LargestExactSequence_HoldsBackNothingSentAfterIt()
    {
        var now = DateTimeOffset.UtcNow;
        (await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 9007199254740991, now))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        using var late = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 7, now.AddSeconds(-1)));
        using var later = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 8, now.AddSeconds(1)));

        (await late.Content.ReadFromJsonAsync<JsonNode>())!["duplicate"]!.GetValue<bool>().ShouldBeTrue("sent before it: a late delivery");
        later.StatusCode.ShouldBe(HttpStatusCode.Accepted, "sent after it: the agent counts again");
    }

    [Fact]
    public async Task Heartbeat_NewEpoch_StartsANewOrder_AndTheOldEpochIsAnsweredAsADuplicate()
    {
        var now = DateTimeOffset.UtcNow;
        var before = Heartbeats.Of("appl-a", 500, now.AddMinutes(-2)) with { Epoch = "run-1" };
        (await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", before)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        using var reinstalled = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, now) with { Epoch = "run-2" });
        using var stale = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", before with { Sequence = 501, SentAt = now.AddMinutes(-1) });

        reinstalled.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadFromJsonAsync<JsonNode>())!["duplicate"]!.GetValue<bool>().ShouldBeTrue();
        var fleet = await _host.WaitForAsync("/api/fleet", f => f["appliances"]!.AsArray() is [{ } a] && a["epoch"]?.GetValue<string>() == "run-2");
        fleet["appliances"]![0]!["lastSequence"]!.GetValue<long>().ShouldBe(1);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("key-of-b-for-the-local-tests", HttpStatusCode.Forbidden, "forbidden")]
    public async Task Heartbeat_BadKey_IsRefusedWithProblemDetailsAndChangesNothing(string? key, HttpStatusCode status, string type)
    {
        using var response = await _host.PostHeartbeatAsync(key, Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow));

        await ShouldBeProblemAsync(response, status, type);
        await ShouldBeEmptyFleetAsync();
    }

    [Fact]
    public async Task Heartbeat_NotJson_Is415()
    {
        using var response = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", "sequence=1", "application/x-www-form-urlencoded");

        await ShouldBeProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        await ShouldBeEmptyFleetAsync();
    }

    [Fact]
    public async Task Heartbeat_OverTheSizeLimit_Is413()
    {
        var padding = new string(' ', (1024 * 1024) + 1);
        using var response = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", "{" + padding + "}");

        await ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
        await ShouldBeEmptyFleetAsync();
    }

    [Fact]
    public async Task Heartbeat_Invalid_Is400WithEveryProblemAndItsPath()
    {
        var heartbeat = Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow,
            Heartbeats.Vm("vm-1", Heartbeats.Uploading("c-1", DateTimeOffset.UtcNow, 60L * 1024 * 1024 * 1024)),
            Heartbeats.Vm("vm-1"));
        var serialized = ContractJson.Serialize(heartbeat);
        var first = serialized.IndexOf("\"Replicating\"", StringComparison.Ordinal);
        var json = string.Concat(serialized.AsSpan(0, first), "\"Sideways\"", serialized.AsSpan(first + "\"Replicating\"".Length));

        using var response = await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", json);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, "invalid-body");
        var paths = problem["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>()).ToList();
        paths.ShouldContain("$.vms[0].cycle.disks[0].uploadedBytes");
        paths.ShouldContain("$.vms[1].vmId");
        paths.ShouldContain("$.vms[0].replication.state");
        await ShouldBeEmptyFleetAsync();
    }

    [Fact]
    public async Task ReadEndpoints_WithoutOrWithAWrongApiKey_Are401()
    {
        foreach (var path in new[] { "/api/fleet", "/api/alerts", "/api/silences", "/api/appliances/appl-a/vms/vm-1" })
        {
            await ShouldBeProblemAsync(await _host.GetAsync(path, apiKey: null), HttpStatusCode.Unauthorized, "unauthorized");
            await ShouldBeProblemAsync(await _host.GetAsync(path, apiKey: "key-of-a-for-the-local-tests"), HttpStatusCode.Unauthorized, "unauthorized");
        }
    }

    [Fact]
    public async Task Healthz_AnswersReadersOnly()
    {
        (await _host.GetAsync("/api/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(await _host.GetAsync("/api/healthz", apiKey: null), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task VmDetail_UnknownVm_Is404()
    {
        await ShouldBeProblemAsync(await _host.GetAsync("/api/appliances/appl-a/vms/vm-none"), HttpStatusCode.NotFound, "not-found");
        await ShouldBeProblemAsync(await _host.GetAsync("/api/appliances/appl:a/vms/vm-1"), HttpStatusCode.BadRequest, "invalid-parameter");
    }

    [Fact]
    public async Task Alerts_UnknownStatus_Is400() =>
        await ShouldBeProblemAsync(await _host.GetAsync("/api/alerts?status=smouldering"), HttpStatusCode.BadRequest, "invalid-parameter");

    [Fact]
    public async Task Silences_OperatorKey_CreatesListsAndDeletes()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/silences")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["scope"] = new JsonObject { ["kind"] = "Host", ["hostName"] = "hv-replica-01.contoso.local" },
                ["codes"] = new JsonArray("HyperVReplicaBackupConflict"),
                ["startsAt"] = DateTimeOffset.UtcNow.ToString("O"),
                ["endsAt"] = DateTimeOffset.UtcNow.AddHours(4).ToString("O"),
                ["comment"] = "nightly backup",
            }),
        };
        create.Headers.Add("x-api-key", RunningHost.OperatorKey);
        using var created = await _host.Http.SendAsync(create);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();

        (await _host.GetJsonAsync("/api/silences")).AsArray().Select(s => s!["id"]!.GetValue<string>()).ShouldBe([id]);
        (await _host.GetAsync("/api/silences", RunningHost.OperatorKey)).StatusCode.ShouldBe(HttpStatusCode.OK, "an operator may read too");

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/silences/{id}");
        delete.Headers.Add("x-api-key", RunningHost.OperatorKey);
        (await _host.Http.SendAsync(delete)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _host.GetJsonAsync("/api/silences")).AsArray().ShouldBeEmpty();

        using var again = new HttpRequestMessage(HttpMethod.Delete, $"/api/silences/{id}");
        again.Headers.Add("x-api-key", RunningHost.OperatorKey);
        await ShouldBeProblemAsync(await _host.Http.SendAsync(again), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task Silences_ChangedWithAReaderKey_Are403ProblemsAndChangeNothing()
    {
        // The outside review muted everything until 9999 with a key that was only meant for reading.
        using var create = SilenceRequest(RunningHost.ApiKey, DateTimeOffset.UtcNow.AddHours(1));
        var problem = await ShouldBeProblemAsync(await _host.Http.SendAsync(create), HttpStatusCode.Forbidden, "forbidden");
        problem["detail"]!.GetValue<string>().ShouldContain("Repl:OperatorKeys");
        (await _host.GetJsonAsync("/api/silences")).AsArray().ShouldBeEmpty();

        using var created = await _host.Http.SendAsync(SilenceRequest(RunningHost.OperatorKey, DateTimeOffset.UtcNow.AddHours(1)));
        var id = (await created.Content.ReadFromJsonAsync<JsonNode>())!["id"]!.GetValue<string>();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/silences/{id}");
        delete.Headers.Add("x-api-key", RunningHost.ApiKey);
        await ShouldBeProblemAsync(await _host.Http.SendAsync(delete), HttpStatusCode.Forbidden, "forbidden");
        (await _host.GetJsonAsync("/api/silences")).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Silences_UntilTheYear9999_Is400AtEndsAtAndChangesNothing()
    {
        using var create = SilenceRequest(RunningHost.OperatorKey, new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero));

        var problem = await ShouldBeProblemAsync(await _host.Http.SendAsync(create), HttpStatusCode.BadRequest, "invalid-body");

        problem["errors"]!.AsArray().ShouldHaveSingleItem()!["path"]!.GetValue<string>().ShouldBe("$.endsAt");
        (await _host.GetJsonAsync("/api/silences")).AsArray().ShouldBeEmpty();
    }

    private static HttpRequestMessage SilenceRequest(string key, DateTimeOffset endsAt)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/silences")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["scope"] = new JsonObject { ["kind"] = "Appliance", ["applianceId"] = "appl-a" },
                ["startsAt"] = DateTimeOffset.UtcNow.ToString("O"),
                ["endsAt"] = endsAt.ToString("O"),
            }),
        };
        request.Headers.Add("x-api-key", key);
        return request;
    }

    [Fact]
    public async Task Silences_Invalid_Is400WithPaths()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/silences")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["scope"] = new JsonObject { ["kind"] = "Vm", ["applianceId"] = "appl-a" },
                ["startsAt"] = DateTimeOffset.UtcNow.ToString("O"),
                ["endsAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            }),
        };
        create.Headers.Add("x-api-key", RunningHost.OperatorKey);

        var problem = await ShouldBeProblemAsync(await _host.Http.SendAsync(create), HttpStatusCode.BadRequest, "invalid-body");

        problem["errors"]!.AsArray().Count.ShouldBeGreaterThanOrEqualTo(2);
        problem["errors"]!.AsArray().ShouldAllBe(e => char.IsLower(e!["code"]!.GetValue<string>()[0]), "codes are camel case, as the heartbeat endpoint's are");
        (await _host.GetJsonAsync("/api/silences")).AsArray().ShouldBeEmpty();
    }

    private static async Task<JsonNode> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        problem["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:" + type);
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        problem["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    private async Task ShouldBeEmptyFleetAsync()
    {
        await Task.Delay(100);
        (await _host.GetJsonAsync("/api/fleet"))["appliances"]!.AsArray().ShouldBeEmpty();
    }
}

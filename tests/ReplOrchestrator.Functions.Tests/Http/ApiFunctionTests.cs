using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Functions.Tests.Http;

/// <summary>The API behind the one HTTP function answers as the local host does: same routes, key checks and problem details.</summary>
public sealed class ApiFunctionTests : IAsyncLifetime
{
    private FunctionHub _hub = null!;

    public Task InitializeAsync()
    {
        _hub = FunctionHub.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task RunAsync_HealthzWithReaderKey_AnswersOk()
    {
        var answer = await SendAsync("GET", "/api/healthz", new() { ["x-api-key"] = TestSettings.ReaderKey });

        answer.Status.ShouldBe(StatusCodes.Status200OK);
        answer.Json!["status"]!.GetValue<string>().ShouldBe("ok");
    }

    [Fact]
    public async Task RunAsync_DashboardWithoutKey_ServesThePageUnderItsContentSecurityPolicy()
    {
        var answer = await SendAsync("GET", "/api/dashboard/");

        answer.Status.ShouldBe(StatusCodes.Status200OK);
        answer.ContentType.ShouldBe("text/html; charset=utf-8");
        answer.Body.ShouldContain("<script type=\"module\" src=\"js/app.js\"></script>");
    }

    [Fact]
    public async Task RunAsync_FleetTwiceWithItsETag_AnswersNotModifiedTheSecondTime()
    {
        var headers = new Dictionary<string, string> { ["x-api-key"] = TestSettings.ReaderKey };
        var first = await SendAsync("GET", "/api/fleet", headers);
        first.Status.ShouldBe(StatusCodes.Status200OK);

        headers["If-None-Match"] = first.ETag!;
        var second = await SendAsync("GET", "/api/fleet", headers);

        second.Status.ShouldBe(StatusCodes.Status304NotModified);
        second.Body.ShouldBeEmpty();
    }

    [Fact]
    public async Task RunAsync_FleetWithoutKey_AnswersUnauthorizedProblem()
    {
        var answer = await SendAsync("GET", "/api/fleet");

        answer.Status.ShouldBe(StatusCodes.Status401Unauthorized);
        answer.ContentType.ShouldStartWith("application/problem+json");
    }

    [Fact]
    public async Task RunAsync_UnknownRoute_AnswersNotFoundProblem()
    {
        var answer = await SendAsync("GET", "/api/nothing-here", new() { ["x-api-key"] = TestSettings.ReaderKey });

        answer.Status.ShouldBe(StatusCodes.Status404NotFound);
        answer.ContentType.ShouldStartWith("application/problem+json");
        answer.Json!["status"]!.GetValue<int>().ShouldBe(404);
        answer.Json!["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:not-found");
    }

    [Theory]
    [InlineData("GET", "/api/heartbeats")]
    [InlineData("PUT", "/api/silences")]
    public async Task RunAsync_WrongMethod_AnswersMethodNotAllowedProblem(string method, string path)
    {
        var answer = await SendAsync(method, path, new() { ["x-api-key"] = TestSettings.ReaderKey });

        answer.Status.ShouldBe(StatusCodes.Status405MethodNotAllowed);
        answer.Json!["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:method-not-allowed");
    }

    [Fact]
    public async Task RunAsync_OversizedHeaders_AnswersHeadersTooLargeProblem()
    {
        var answer = await SendAsync("GET", "/api/fleet", new() { ["x-api-key"] = TestSettings.ReaderKey, ["x-padding"] = new string('a', 40 * 1024) });

        answer.Status.ShouldBe(StatusCodes.Status431RequestHeaderFieldsTooLarge);
        answer.Json!["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:headers-too-large");
    }

    [Fact]
    public async Task RunAsync_EndpointThrows_AnswersInternalErrorProblemOfOurKind()
    {
        var answer = await HttpCall.SendAsync(_hub.App, new FailingDurableTaskClient(), "GET", "/api/fleet", new Dictionary<string, string> { ["x-api-key"] = TestSettings.ReaderKey });

        answer.Json!["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:internal-error");
    }

    [Fact]
    public async Task RunAsync_EndpointThrows_AnswersInternalServerErrorProblem()
    {
        // The fleet view reads the task hub; a hub that is down makes the endpoint throw.
        var answer = await HttpCall.SendAsync(_hub.App, new FailingDurableTaskClient(), "GET", "/api/fleet", new Dictionary<string, string> { ["x-api-key"] = TestSettings.ReaderKey });

        answer.Status.ShouldBe(StatusCodes.Status500InternalServerError);
        answer.ContentType.ShouldStartWith("application/problem+json");
    }

    [Fact]
    public async Task RunAsync_ValidHeartbeat_IsTakenAndStartsTheApplianceMonitor()
    {
        var headers = new Dictionary<string, string> { ["x-appliance-key"] = TestSettings.ApplianceKey, ["Content-Type"] = "application/json" };

        var answer = await SendAsync("POST", "/api/heartbeats", headers, HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, _hub.Engine.Time.GetUtcNow()));

        answer.Status.ShouldBe(StatusCodes.Status202Accepted, answer.Body);
        (await _hub.Client.GetInstanceAsync(InstanceIds.Appliance(TestSettings.ApplianceId))).ShouldNotBeNull();
    }

    [Fact]
    public async Task RunAsync_HeartbeatWithAnotherAppliancesKey_AnswersForbiddenAndTakesNothing()
    {
        var headers = new Dictionary<string, string> { ["x-appliance-key"] = TestSettings.OtherApplianceKey, ["Content-Type"] = "application/json" };

        var answer = await SendAsync("POST", "/api/heartbeats", headers, HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, _hub.Engine.Time.GetUtcNow()));

        answer.Status.ShouldBe(StatusCodes.Status403Forbidden);
        answer.ContentType.ShouldStartWith("application/problem+json");
        (await _hub.Client.GetInstanceAsync(InstanceIds.Appliance(TestSettings.ApplianceId))).ShouldBeNull();
    }

    [Fact]
    public async Task RunAsync_SilenceWithReaderKey_AnswersForbiddenProblem()
    {
        var headers = new Dictionary<string, string> { ["x-api-key"] = TestSettings.ReaderKey, ["Content-Type"] = "application/json" };
        var silence = """{ "scope": { "kind": "Appliance", "applianceId": "appl-func" }, "startsAt": "2026-11-22T00:00:00Z", "endsAt": "9999-12-31T00:00:00Z" }""";

        var answer = await SendAsync("POST", "/api/silences", headers, silence);

        answer.Status.ShouldBe(StatusCodes.Status403Forbidden);
        answer.ContentType.ShouldStartWith("application/problem+json");
        answer.Json!["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:forbidden");
    }

    [Fact]
    public void Build_ShortKeyFromKeyVaultOrSettings_StopsTheAppNamingTheSetting()
    {
        var settings = TestSettings.Values();
        settings["Repl:OperatorKeys:0"] = "op-1";

        Should.Throw<ArgumentException>(() => FunctionApp.Build(settings: settings)).Message.ShouldStartWith("Too short to be a key: Repl:OperatorKeys:0;");
    }

    private Task<HttpAnswer> SendAsync(string method, string path, Dictionary<string, string>? headers = null, string? body = null) =>
        HttpCall.SendAsync(_hub.App, _hub.Client, method, path, headers, body);
}

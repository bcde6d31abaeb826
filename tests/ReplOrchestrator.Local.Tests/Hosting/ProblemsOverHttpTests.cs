using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>What the pipeline answers by itself (no route, a wrong method, oversized headers) is a problem document like every other refusal.</summary>
public sealed class ProblemsOverHttpTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/api/nothing-here")]
    [InlineData("/nothing-here")]
    public async Task UnknownRoute_Is404NotFoundProblem(string path)
    {
        var problem = await ShouldBeProblemAsync(await _host.GetAsync(path), HttpStatusCode.NotFound, "not-found");

        problem["detail"]!.GetValue<string>().ShouldContain(path);
    }

    [Fact]
    public async Task WrongMethod_Is405MethodNotAllowedProblem_NamingTheAllowedOnes()
    {
        using var response = await _host.GetAsync("/api/heartbeats");

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        problem["detail"]!.GetValue<string>().ShouldContain("POST");
    }

    [Theory]
    [InlineData(1, 40 * 1024)] // over the 32 KiB the API takes
    [InlineData(120, 16)] // over the 100 header lines it takes
    public async Task OversizedHeaders_Are431Problem(int headers, int bytesEach)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/fleet");
        request.Headers.Add("x-api-key", RunningHost.ApiKey);
        for (var i = 0; i < headers; i++)
        {
            request.Headers.Add($"x-padding-{i}", new string('a', bytesEach));
        }

        var problem = await ShouldBeProblemAsync(await _host.Http.SendAsync(request), HttpStatusCode.RequestHeaderFieldsTooLarge, "headers-too-large");

        problem["detail"]!.GetValue<string>().ShouldContain("32768 bytes");
    }

    [Fact]
    public async Task HeadersWithinTheLimit_AreServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/healthz");
        request.Headers.Add("x-api-key", RunningHost.ApiKey);
        request.Headers.Add("x-padding", new string('a', 24 * 1024));

        (await _host.Http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonNode> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        problem["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:" + type);
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        problem["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }
}

using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.Tests.CustomHandler;

/// <summary>
/// The custom-handler contract, with payloads shaped as the Functions host sends them (values
/// serialized once more on the way, PascalCase envelope members).
/// </summary>
public sealed class HandlerContractTests : IAsyncLifetime
{
    private HandlerHost _host = null!;

    public async Task InitializeAsync() => _host = await HandlerHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReadinessProbe_GetRoot_Answers200()
    {
        using var response = await _host.Http.GetAsync(new Uri("/", UriKind.Relative));

        ((int)response.StatusCode).ShouldBe(200);
    }

    [Fact]
    public async Task Orchestration_DoubleEncodedBase64Request_ReturnsBase64ResponseOfTheRun()
    {
        var request = StartedRequest("cities-1");
        var envelope = Envelope(data: $"\"context\": {Quote(Quote(Convert.ToBase64String(request.ToByteArray())))}");

        var (status, body) = await _host.PostAsync("HelloCities", envelope);

        status.ShouldBe(200);
        var (name, received) = _host.Orchestrations.Calls.ShouldHaveSingleItem();
        name.ShouldBe("HelloCities");
        received.ShouldBe(request);
        var response = DecodeReturnValue(body);
        response.Actions.Single().ScheduleTask.Name.ShouldBe("SayHello");
        response.CustomStatus.ShouldBe("\"scheduling\"");
    }

    [Fact]
    public async Task Orchestration_PlainBase64Request_IsReadToo()
    {
        var request = StartedRequest("cities-2");
        var envelope = Envelope(data: $"\"context\": {Quote(Convert.ToBase64String(request.ToByteArray()))}");

        var (status, _) = await _host.PostAsync("HelloCities", envelope);

        status.ShouldBe(200);
        _host.Orchestrations.Calls.Single().Request.InstanceId.ShouldBe("cities-2");
    }

    [Theory]
    [InlineData("\"context\": \"\\\"not base64 at all!\\\"\"", "could not be read")]
    [InlineData("\"context\": \"\\\"AAECAwQFBgc=\\\"\"", "could not be read")]
    [InlineData("\"context\": null", "is empty")]
    [InlineData("\"other\": 1", "has no 'context' value")]
    public async Task Orchestration_UnreadableRequest_AnswersFailedCompletionNot5xx(string data, string reason)
    {
        var (status, body) = await _host.PostAsync("HelloCities", Envelope(data));

        status.ShouldBe(200);
        var complete = DecodeReturnValue(body).Actions.ShouldHaveSingleItem().CompleteOrchestration;
        complete.OrchestrationStatus.ShouldBe(OrchestrationStatus.Failed);
        complete.FailureDetails.ErrorMessage.ShouldContain(reason);
        _host.Orchestrations.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Orchestration_EnvelopeNotJson_AnswersFailedCompletionNot5xx()
    {
        var (status, body) = await PostRawAsync("HelloCities", "{not json");

        status.ShouldBe(200);
        DecodeReturnValue(body).Actions.Single().CompleteOrchestration.OrchestrationStatus.ShouldBe(OrchestrationStatus.Failed);
    }

    [Fact]
    public async Task Activity_DoubleEncodedStringInput_IsDecodedAndOutputReturnedAsJson()
    {
        var envelope = Envelope(
            data: "\"name\": \"\\\"Tokyo\\\"\"",
            metadata: "\"instanceId\": \"\\\"cities-1\\\"\", \"data\": \"\\\"Tokyo\\\"\", \"sys\": {\"MethodName\": \"SayHello\"}");

        var (status, body) = await _host.PostAsync("SayHello", envelope);

        status.ShouldBe(200);
        var call = _host.Activities.Calls.ShouldHaveSingleItem();
        call.Name.ShouldBe("SayHello");
        call.InstanceId.ShouldBe("cities-1");
        call.SerializedInput.ShouldBe("\"Tokyo\"");
        body["ReturnValue"]!["greeting"]!.GetValue<string>().ShouldBe("Hello Tokyo");
    }

    [Fact]
    public async Task Activity_SingleEncodedStringInput_IsTakenAsAString()
    {
        var (status, _) = await _host.PostAsync("SayHello", Envelope(data: "\"name\": \"London\"", metadata: "\"instanceId\": \"\\\"c\\\"\""));

        status.ShouldBe(200);
        _host.Activities.Calls.Single().SerializedInput.ShouldBe("\"London\"");
    }

    [Fact]
    public async Task Activity_ObjectInput_IsPassedAsItsJson()
    {
        var (status, body) = await _host.PostAsync("SayHello", Envelope(data: "\"name\": {\"city\": \"Oslo\"}"));

        status.ShouldBe(200);
        _host.Activities.Calls.Single().SerializedInput.ShouldBe("{\"city\": \"Oslo\"}");
        body["ReturnValue"]!["greeting"]!.GetValue<string>().ShouldBe("Hello {\"city\": \"Oslo\"}");
    }

    [Fact]
    public async Task Activity_NullInput_IsNull()
    {
        var (_, body) = await _host.PostAsync("SayHello", Envelope(data: "\"name\": null"));

        _host.Activities.Calls.Single().SerializedInput.ShouldBeNull();
        body["ReturnValue"]!["greeting"]!.GetValue<string>().ShouldBe("Hello nobody");
    }

    [Fact]
    public async Task Activity_Failure_AnswersNon2xxWithTheReasonInLogs()
    {
        var (status, body) = await _host.PostAsync("Explode", Envelope(data: "\"input\": \"{}\""));

        status.ShouldBe(500);
        body["Logs"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldContain(l => l.Contains("the probe port is closed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownFunction_Answers404()
    {
        var (status, _) = await _host.PostAsync("NoSuchFunction", Envelope(data: "\"x\": 1"));

        status.ShouldBe(404);
    }

    private static OrchestratorRequest StartedRequest(string instanceId) => new()
    {
        InstanceId = instanceId,
        NewEvents =
        {
            new HistoryEvent { EventId = -1, Timestamp = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero)), OrchestratorStarted = new OrchestratorStartedEvent() },
            new HistoryEvent
            {
                EventId = -1,
                Timestamp = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero)),
                ExecutionStarted = new ExecutionStartedEvent { Name = "HelloCities", OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = "e1" } },
            },
        },
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    private static string Envelope(string data, string metadata = "\"sys\": {\"MethodName\": \"x\", \"UtcNow\": \"2026-11-22T04:00:00Z\"}") =>
        $"{{\"Data\": {{{data}}}, \"Metadata\": {{{metadata}}}}}";

    private static OrchestratorResponse DecodeReturnValue(System.Text.Json.Nodes.JsonObject body) =>
        OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(body["ReturnValue"]!.GetValue<string>()));

    private async Task<(int Status, System.Text.Json.Nodes.JsonObject Body)> PostRawAsync(string function, string raw)
    {
        using var content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        using var response = await _host.Http.PostAsync(new Uri(function, UriKind.Relative), content);
        return ((int)response.StatusCode, System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}

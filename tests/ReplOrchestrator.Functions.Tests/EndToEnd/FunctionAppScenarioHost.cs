using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Functions.Tests.Support;

namespace ReplOrchestrator.Functions.Tests.EndToEnd;

/// <summary>
/// The function app for the same scenario: heartbeats posted through the API function, the app's registered
/// orchestrators and its activity functions on the stand-in task hub with the app's serializer, alerts read
/// back from what the publisher sent to the <c>alerts</c> topic.
/// </summary>
internal sealed class FunctionAppScenarioHost : IScenarioHost
{
    private readonly FunctionHub _hub = FunctionHub.Create(ScenarioSettings.Values);

    public DateTimeOffset Now => _hub.Engine.Time.GetUtcNow();

    public IReadOnlyList<Alert> Topic =>
        [.. _hub.App.Sender.Sent.Select(m => JsonSerializer.Deserialize<Alert>(m.Body.ToString(), ContractJson.Options)!)];

    public async Task<IReadOnlyList<ApplianceCommand>> SendAsync(Heartbeat heartbeat)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json", ["x-appliance-key"] = "key-of-func-for-the-app-tests" };
        var answer = await HttpCall.SendAsync(_hub.App, _hub.Client, "POST", "/api/heartbeats", headers, ContractJson.Serialize(heartbeat));
        answer.Status.ShouldBeOneOf([StatusCodes.Status202Accepted, StatusCodes.Status200OK], answer.Body);
        await _hub.Engine.RunUntilIdleAsync();
        return [.. answer.Json!["commands"]!.AsArray().Select(c => c.Deserialize<ApplianceCommand>(ContractJson.Options)!)];
    }

    public Task PassAsync(TimeSpan time) => _hub.Engine.AdvanceAsync(time);

    public ValueTask DisposeAsync() => _hub.DisposeAsync();
}

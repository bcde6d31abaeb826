using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>The published handler's Service Bus triggers: heartbeats from the queue and the alert router.</summary>
public sealed class ServiceBusTriggerTests : IAsyncLifetime
{
    private StandInHost _host = null!;

    public async Task InitializeAsync() => _host = await StandInHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public enum Encoding
    {
        Text,
        TextQuotedAgain,
        Object,
    }

    [Theory]
    [InlineData(Encoding.Text)]
    [InlineData(Encoding.TextQuotedAgain)]
    [InlineData(Encoding.Object)]
    public async Task QueuedHeartbeat_WithItsAppliancesKey_StartsTheApplianceMonitor(Encoding encoding)
    {
        var json = HeartbeatOf("appl-func");
        JsonNode body = encoding switch
        {
            Encoding.Text => JsonValue.Create(json),
            Encoding.TextQuotedAgain => JsonValue.Create(JsonSerializer.Serialize(json)),
            _ => JsonNode.Parse(json)!,
        };

        var answer = await _host.SendMessageAsync("HeartbeatQueue", body, Key("key-of-func"));

        Logs(answer).ShouldContain("HeartbeatQueue: heartbeat 7 of appl-func delivered");
        (await _host.Hub.GetInstanceAsync("appliance:appl-func")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(null, "has no x-appliance-key")]
    [InlineData("not-a-key", "belongs to no configured appliance")]
    [InlineData("key-of-other", "may only report for itself")]
    public async Task QueuedHeartbeat_WithoutTheAppliancesOwnKey_IsRefusedAndChangesNothing(string? key, string reason)
    {
        var answer = await _host.SendMessageAsync("HeartbeatQueue", HeartbeatOf("appl-func"), key is null ? [] : Key(key));

        var log = Logs(answer).ShouldHaveSingleItem();
        log.ShouldStartWith("HeartbeatQueue: refused heartbeat 7 of appl-func: ");
        log.ShouldContain(reason);
        log.ShouldNotContain(key ?? "x-appliance-key:", Case.Sensitive);
        (await _host.Hub.GetInstanceAsync("appliance:appl-func")).ShouldBeNull();
    }

    [Fact]
    public async Task QueuedHeartbeat_Malformed_IsCompletedWithItsProblemsAndChangesNothing()
    {
        var answer = await _host.SendMessageAsync("HeartbeatQueue", "{\"schema\":\"repl-heartbeat/v1\",\"applianceId\":\"appl-func\"}", Key("key-of-func"));

        Logs(answer).ShouldHaveSingleItem().ShouldStartWith("HeartbeatQueue: refused: ");
        (await _host.Hub.GetInstanceAsync("appliance:appl-func")).ShouldBeNull();
    }

    [Fact]
    public async Task AlertRouter_LogsEachAlertItRoutes()
    {
        var alert = new Alert(Alert.SchemaV1, "a-1", "appl-func/vm-1/DiskUploadTimedOut", AlertStatus.Firing, AlertSeverity.Critical, "DiskUploadTimedOut", 1011,
            "appl-func", "vm-1", "c-1", "Disk upload timed out", "disk-0 stalled at 6 %", [new AlertCause("storage", CauseConfidence.Confirmed, [])], [], [],
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 1, []);

        var answer = await _host.SendMessageAsync("AlertRouter", ContractJson.Serialize(alert), []);

        Logs(answer).ShouldContain("alert Firing Critical appl-func/vm-1/DiskUploadTimedOut: disk-0 stalled at 6 %");
    }

    [Theory]
    [InlineData("{\"hello\":1}")]
    [InlineData("not json at all")]
    public async Task AlertRouter_MessageThatIsNoAlert_IsCompletedWithALogLine(string body)
    {
        var answer = await _host.SendMessageAsync("AlertRouter", body, []);

        Logs(answer).ShouldBe(["AlertRouter: the message is not an alert"]);
    }

    private static JsonObject Key(string key) => new() { ["x-appliance-key"] = key };

    private static List<string> Logs(JsonObject answer) => [.. answer["Logs"]!.AsArray().Select(l => l!.GetValue<string>())];

    private static string HeartbeatOf(string applianceId) => ContractJson.Serialize(new Heartbeat(Heartbeat.SchemaV1, applianceId, ApplianceKind.AzureMigrateVMware, 7,
        DateTimeOffset.UtcNow, [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)], [],
        [new VmReport("vm-1", "vm1", "esx01.contoso.local", new ReplicationInfo(ReplicationState.Replicating, null), null)], [], [], []));
}

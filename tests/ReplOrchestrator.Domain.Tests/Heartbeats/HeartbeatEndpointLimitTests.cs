using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Heartbeats.HeartbeatBodies;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

/// <summary>The cap on endpoints per role: the server probes what an appliance lists, so the list is bounded.</summary>
public sealed class HeartbeatEndpointLimitTests
{
    [Fact]
    public void Parse_TenEndpointsOfEveryRole_IsAccepted()
    {
        var body = WithEndpoints(
            [.. Enumerable.Range(0, 10).SelectMany(i => new[]
            {
                Endpoint("Storage", $"migratelsa{i}.blob.core.windows.net"),
                Endpoint("ServiceBus", $"migratelsa{i}.servicebus.windows.net"),
                Endpoint("KeyVault", $"migratekv{i}.vault.azure.net"),
                Endpoint("VCenter", $"vcsa{i}.contoso.local"),
            })]);

        Parse(body).Problems.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_MoreEndpointsOfOneRoleThanTheCap_ReportsEachExtraEndpointByPath()
    {
        var body = WithEndpoints(
        [
            Endpoint("KeyVault", "migratekv1.vault.azure.net"),
            .. Enumerable.Range(0, 12).Select(i => Endpoint("Storage", $"migratelsa{i}.blob.core.windows.net")),
        ]);

        var problems = Parse(body).Problems;

        problems.Select(p => (p.Path, p.Kind)).ShouldBe(
        [
            ("$.endpoints[11]", ContractProblemKind.LimitExceeded),
            ("$.endpoints[12]", ContractProblemKind.LimitExceeded),
        ]);
        problems[0].Message.ShouldBe("is Storage endpoint number 11; at most 10 endpoints per role are accepted");
    }

    [Fact]
    public void Parse_ThreeHundredEndpointsOnLoopback_IsRefusedWithoutReadingThem()
    {
        // The outside review's heartbeat: 302 endpoints on 127.0.0.1, one per port.
        var body = WithEndpoints([.. Enumerable.Range(1, 302).Select(port => Endpoint("Storage", "127.0.0.1", port))]);

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.endpoints", ContractProblemKind.LimitExceeded));
        problem.Message.ShouldBe("has 302 entries; at most 40 are accepted");
    }

    [Fact]
    public void Parse_LowerCap_AppliesPerRole()
    {
        var body = WithEndpoints([Endpoint("Storage", "a.blob.core.windows.net"), Endpoint("KeyVault", "b.vault.azure.net"), Endpoint("Storage", "c.blob.core.windows.net")]);

        var problem = Parse(body, new HeartbeatLimits { MaxEndpointsPerRole = 1 }).Problems.ShouldHaveSingleItem();

        (problem.Path, problem.Kind).ShouldBe(("$.endpoints[2]", ContractProblemKind.LimitExceeded));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_EndpointCapOutOfRange_IsAProblem(int cap) =>
        new HeartbeatLimits { MaxEndpointsPerRole = cap }.Validate().ShouldHaveSingleItem().ShouldStartWith("MaxEndpointsPerRole");

    [Fact]
    public void Defaults_EndpointCap_IsTenPerRole() => new HeartbeatLimits().MaxEndpointsPerRole.ShouldBe(10);

    private static JsonObject WithEndpoints(JsonNode[] endpoints)
    {
        var body = Valid();
        body["endpoints"] = new JsonArray(endpoints);
        return body;
    }

    private static JsonNode Endpoint(string role, string host, int port = 443) =>
        new JsonObject { ["role"] = role, ["host"] = host, ["port"] = port };
}

using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Tests.Contracts;

public sealed class ContractJsonTests
{
    [Fact]
    public void Serialize_HeartbeatResponse_MatchesTheDocumentedShape()
    {
        var response = HeartbeatResponse.Taken([ApplianceCommand.RunProbes("cmd-7", [ProbeKind.GatewayService, ProbeKind.EsxiTcp902], "vm-sql01")]);

        ContractJson.Serialize(response).ShouldBe(
            """{"accepted":true,"duplicate":false,"commands":[{"commandId":"cmd-7","kind":"RunProbes","probes":["GatewayService","EsxiTcp902"],"vmId":"vm-sql01"}]}""");
    }

    [Fact]
    public void Deserialize_HeartbeatResponse_RoundTrips()
    {
        var response = HeartbeatResponse.Repeat([ApplianceCommand.ResumeReplication("cmd-8", "vm-sql01")]);

        var read = JsonSerializer.Deserialize<HeartbeatResponse>(ContractJson.Serialize(response), ContractJson.Options).ShouldNotBeNull();

        read.Duplicate.ShouldBeTrue();
        read.Commands.ShouldHaveSingleItem().ShouldBe(response.Commands[0] with { Probes = read.Commands[0].Probes });
    }

    [Fact]
    public void Deserialize_EnumAsNumber_IsRejected() =>
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<ApplianceEndpoint>("""{"role":0,"host":"h","port":1}""", ContractJson.Options));

    [Fact]
    public void Options_AreFrozen() =>
        Should.Throw<InvalidOperationException>(() => ContractJson.Options.WriteIndented = true);
}

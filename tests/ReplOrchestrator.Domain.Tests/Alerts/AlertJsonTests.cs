using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class AlertJsonTests
{
    private static readonly Alert s_alert = AlertBuilder.Fire(
        ErrorCatalog.Get(CatalogCodes.KeyVaultOperationFailed),
        new AlertContext { ApplianceId = "appl-contoso-01" },
        [new CauseAssessment("second-user", "A second user", CauseConfidence.Likely, ["KeyVaultTcp passed in 12 ms"])],
        [new ProbeResult("cmd-7", ProbeKind.KeyVaultTcp, "kv:443", true, 12, null)],
        Epoch);

    [Fact]
    public void Serialize_HasTheDesignsFieldsInItsOrder()
    {
        var json = JsonNode.Parse(ContractJson.Serialize(s_alert))!.AsObject();

        json.Select(p => p.Key).ShouldBe(
        [
            "schema", "id", "dedupKey", "status", "severity", "code", "errorId", "applianceId", "vmId", "cycleId", "title", "summary",
            "probableCauses", "recommendedActions", "probeResults", "firstSeen", "lastSeen", "occurrences", "links",
        ]);
    }

    [Fact]
    public void Serialize_WritesTheContractsSpellings()
    {
        var json = JsonNode.Parse(ContractJson.Serialize(s_alert))!;

        json["status"]!.GetValue<string>().ShouldBe("firing");
        json["severity"]!.GetValue<string>().ShouldBe("Warning");
        json["vmId"].ShouldBeNull();
        json["probableCauses"]![0]!.ToJsonString().ShouldBe("""{"cause":"A second user","confidence":"likely","evidence":["KeyVaultTcp passed in 12 ms"]}""");
        json["probeResults"]![0]!["probe"]!.GetValue<string>().ShouldBe("KeyVaultTcp");
        json["links"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["title", "url"]);
        json["firstSeen"]!.GetValue<string>().ShouldBe("2026-11-22T00:00:00+00:00");
    }

    [Fact]
    public void Deserialize_RoundTripsTheAlert()
    {
        var read = JsonSerializer.Deserialize<Alert>(ContractJson.Serialize(s_alert), ContractJson.Options).ShouldNotBeNull();

        ContractJson.Serialize(read).ShouldBe(ContractJson.Serialize(s_alert));
        read.Key.ShouldBe(s_alert.Key);
    }

    [Fact]
    public void Serialize_RefusedProbe_SaysSoAndOtherResultsDoNotCarryTheField()
    {
        var alert = s_alert with
        {
            ProbeResults = [s_alert.ProbeResults[0], ProbeResult.RefusedTarget("cmd-7", ProbeKind.CloudKeyVaultTcp, "127.0.0.1:443", "127.0.0.1 is an IP address")],
        };

        var json = JsonNode.Parse(ContractJson.Serialize(alert))!["probeResults"]!;

        json[0]!.AsObject().ContainsKey("refused").ShouldBeFalse();
        json[1]!["refused"]!.GetValue<bool>().ShouldBeTrue();
        json[1]!["ok"]!.GetValue<bool>().ShouldBeFalse();
        JsonSerializer.Deserialize<Alert>(ContractJson.Serialize(alert), ContractJson.Options)!.ProbeResults[1].Refused.ShouldBeTrue();
    }
}

using System.Text;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Tests.Heartbeats.HeartbeatBodies;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

public sealed class HeartbeatParserTests
{
    [Fact]
    public void Parse_DesignSample_ReadsEveryField()
    {
        var result = Parse(Valid());

        result.Problems.ShouldBeEmpty();
        var heartbeat = result.Heartbeat.ShouldNotBeNull();
        heartbeat.ApplianceId.ShouldBe("appl-contoso-01");
        heartbeat.Kind.ShouldBe(ApplianceKind.AzureMigrateVMware);
        heartbeat.Sequence.ShouldBe(1042);
        heartbeat.SentAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));
        heartbeat.Services.ShouldHaveSingleItem().ShouldBe(new ServiceStatus("asrgwy", ServiceState.Running));
        heartbeat.Endpoints[1].ShouldBe(new ApplianceEndpoint(EndpointRole.KeyVault, "migratekv1234.vault.azure.net", 443));

        var sql = heartbeat.Vms[0];
        sql.Host.ShouldBe("esx01.contoso.local");
        sql.Replication.ShouldBe(new ReplicationInfo(ReplicationState.Replicating, 3600));
        var cycle = sql.Cycle.ShouldNotBeNull();
        (cycle.CycleId, cycle.Type, cycle.Phase, cycle.Error).ShouldBe(("c-17", CycleType.Delta, CyclePhase.Upload, (CycleError?)null));
        cycle.Disks[0].ShouldBe(new DiskProgress("disk-0", 53687091200, 3328599654));

        heartbeat.Vms[1].Cycle.ShouldBeNull();
        heartbeat.Vms[1].Replication.FrequencySeconds.ShouldBeNull();
        heartbeat.Events.ShouldHaveSingleItem().EventId.ShouldBe(32022);
        heartbeat.ProbeResults.ShouldHaveSingleItem().ShouldBe(
            new ProbeResult("cmd-7", ProbeKind.KeyVaultTcp, "migratekv1234.vault.azure.net:443", false, 0, "connection timed out"));
        heartbeat.CommandResults.ShouldHaveSingleItem().ShouldBe(new CommandResult("cmd-8", true, "replication resumed"));
    }

    [Fact]
    public void Parse_UnknownFieldsEverywhere_AreIgnored()
    {
        var body = Valid();
        body["futureField"] = new JsonObject { ["nested"] = 1 };
        FirstVm(body)["tags"] = new JsonArray("a", "b");
        FirstDisk(body)["compression"] = "lz4";

        Parse(body).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Parse_OptionalListsMissing_DefaultToEmpty()
    {
        var body = Valid();
        foreach (var name in new[] { "services", "endpoints", "events", "probeResults", "commandResults" })
        {
            body.Remove(name);
        }

        var heartbeat = Parse(body).Heartbeat.ShouldNotBeNull();

        heartbeat.Services.ShouldBeEmpty();
        heartbeat.ProbeResults.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ByteOrderMark_IsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Valid().ToJsonString())).ToArray();

        Parse(bytes).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneWithItsPath()
    {
        var body = Valid();
        body.Remove("applianceId");
        body["kind"] = "VMwareOnPrem";
        FirstVm(body)["replication"]!["state"] = "Stuck";
        FirstDisk(body)["totalBytes"] = -5;
        body["events"]![0]!["eventId"] = "32022";

        var problems = Parse(body).Problems;

        problems.Select(p => p.Path).ShouldBe(
        [
            "$.applianceId",
            "$.kind",
            "$.vms[0].replication.state",
            "$.vms[0].cycle.disks[0].totalBytes",
            "$.events[0].eventId",
        ]);
        problems.Select(p => p.Kind).ShouldBe(
        [
            ContractProblemKind.MissingField,
            ContractProblemKind.UnknownEnumValue,
            ContractProblemKind.UnknownEnumValue,
            ContractProblemKind.InvalidValue,
            ContractProblemKind.WrongType,
        ]);
    }

    [Fact]
    public void Parse_InvalidBody_ReturnsNoHeartbeat()
    {
        var body = Valid();
        FirstDisk(body)["uploadedBytes"] = -1;

        var result = Parse(body);

        result.IsValid.ShouldBeFalse();
        result.Heartbeat.ShouldBeNull();
        result.IsTooLarge.ShouldBeFalse();
    }
}

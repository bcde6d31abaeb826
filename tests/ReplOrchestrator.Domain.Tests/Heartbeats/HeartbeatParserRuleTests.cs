using ReplOrchestrator.Domain.Contracts;
using static ReplOrchestrator.Domain.Contracts.ContractProblemKind;
using static ReplOrchestrator.Domain.Tests.Heartbeats.HeartbeatBodies;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

/// <summary>One broken field at a time: exactly one problem, at exactly that path.</summary>
public sealed class HeartbeatParserRuleTests
{
    public static TheoryData<string, string, ContractProblemKind> MissingRequiredFields() => new()
    {
        { "$.applianceId", JsonEdit.Remove, MissingField },
        { "$.kind", JsonEdit.Remove, MissingField },
        { "$.sequence", JsonEdit.Remove, MissingField },
        { "$.sentAt", "null", MissingField },
        { "$.vms", JsonEdit.Remove, MissingField },
        { "$.vms[0].vmId", JsonEdit.Remove, MissingField },
        { "$.vms[0].replication", JsonEdit.Remove, MissingField },
        { "$.vms[0].replication.state", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.cycleId", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.type", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.phase", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.startedAt", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.disks", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.disks[0].diskId", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.disks[0].totalBytes", JsonEdit.Remove, MissingField },
        { "$.vms[0].cycle.disks[0].uploadedBytes", "null", MissingField },
        { "$.services[0].name", JsonEdit.Remove, MissingField },
        { "$.services[0].state", JsonEdit.Remove, MissingField },
        { "$.endpoints[0].role", JsonEdit.Remove, MissingField },
        { "$.endpoints[0].host", JsonEdit.Remove, MissingField },
        { "$.endpoints[0].port", JsonEdit.Remove, MissingField },
        { "$.events[0].eventId", JsonEdit.Remove, MissingField },
        { "$.events[0].source", JsonEdit.Remove, MissingField },
        { "$.events[0].level", JsonEdit.Remove, MissingField },
        { "$.events[0].timeCreated", JsonEdit.Remove, MissingField },
        { "$.probeResults[0].commandId", JsonEdit.Remove, MissingField },
        { "$.probeResults[0].probe", JsonEdit.Remove, MissingField },
        { "$.probeResults[0].ok", JsonEdit.Remove, MissingField },
        { "$.commandResults[0].commandId", JsonEdit.Remove, MissingField },
        { "$.commandResults[0].ok", JsonEdit.Remove, MissingField },
    };

    public static TheoryData<string, string, ContractProblemKind> UnsafeIds() => new()
    {
        { "$.applianceId", "\"appl:contoso\"", InvalidValue },
        { "$.applianceId", "\"appl/contoso\"", InvalidValue },
        { "$.applianceId", "\"\"", InvalidValue },
        { "$.vms[0].vmId", "\"vm?1\"", InvalidValue },
        { "$.vms[0].vmId", "\"vm 1\"", InvalidValue },
        { "$.vms[0].vmId", "\".\"", InvalidValue },
        { "$.vms[0].vmId", "\"..\"", InvalidValue },
        { "$.epoch", "\"boot 7\"", InvalidValue },
        { "$.epoch", "\"\"", InvalidValue },
        { "$.vms[0].cycle.cycleId", "\"" + new string('c', 65) + "\"", InvalidValue },
        { "$.vms[0].cycle.disks[0].diskId", "\"disk#0\"", InvalidValue },
        { "$.events[0].vmId", "\"vm\\\\sql\"", InvalidValue },
        { "$.probeResults[0].commandId", "\"cmd\\u0000\"", InvalidValue },
        { "$.commandResults[0].commandId", "\"cmd-é\"", InvalidValue },
    };

    public static TheoryData<string, string, ContractProblemKind> UnknownEnumValues() => new()
    {
        { "$.kind", "\"VMwareOnPrem\"", UnknownEnumValue },
        { "$.kind", "\"azuremigratevmware\"", UnknownEnumValue },
        { "$.kind", "\"0\"", UnknownEnumValue },
        { "$.kind", "0", WrongType },
        { "$.services[0].state", "\"Crashed\"", UnknownEnumValue },
        { "$.endpoints[0].role", "\"EventHub\"", UnknownEnumValue },
        { "$.vms[0].replication.state", "\"Stuck\"", UnknownEnumValue },
        { "$.vms[0].cycle.type", "\"Full\"", UnknownEnumValue },
        { "$.vms[0].cycle.phase", "\"Consolidate\"", UnknownEnumValue },
        { "$.events[0].level", "\"Fatal\"", UnknownEnumValue },
        { "$.probeResults[0].probe", "\"DiskRead\"", UnknownEnumValue },
    };

    public static TheoryData<string, string, ContractProblemKind> BadValues() => new()
    {
        { "$.sequence", "-1", InvalidValue },
        { "$.sequence", "1.5", WrongType },
        { "$.sequence", "\"1042\"", WrongType },
        { "$.sequence", "9007199254740992", InvalidValue }, // 2^53: past what a JSON number carries exactly
        { "$.sequence", "9223372036854775807", InvalidValue },
        { "$.epoch", "7", WrongType },
        { "$.vms[0].cycle.disks[0].totalBytes", "-1", InvalidValue },
        { "$.vms[0].cycle.disks[0].uploadedBytes", "-1", InvalidValue },
        { "$.vms[0].replication.frequencySeconds", "0", InvalidValue },
        { "$.endpoints[0].port", "0", InvalidValue },
        { "$.endpoints[0].port", "65536", InvalidValue },
        { "$.endpoints[0].host", "\"not a host!\"", InvalidValue },
        { "$.vms[0].host", "\"esx 01\"", InvalidValue },
        { "$.events[0].eventId", "70000", InvalidValue },
        { "$.probeResults[0].probe", "\"CloudStorageDns\"", InvalidValue },
        { "$.probeResults[0].latencyMs", "-1", InvalidValue },
        { "$.probeResults[0].ok", "\"false\"", WrongType },
        { "$.services[0].name", "\"   \"", InvalidValue },
        { "$.services[0].name", "\"" + new string('s', 257) + "\"", InvalidValue },
        { "$.vms", "{}", WrongType },
        { "$.vms[0]", "5", WrongType },
        { "$.vms[0].cycle", "[]", WrongType },
    };

    public static TheoryData<string, string, ContractProblemKind> BadTimestamps() => new()
    {
        { "$.sentAt", "\"2026-11-22T04:00:00\"", InvalidValue },
        { "$.sentAt", "\"yesterday\"", InvalidValue },
        { "$.sentAt", "1795579200", WrongType },
        // Received at 04:00:30 with 5 min skew and 15 min heartbeat age allowed.
        { "$.sentAt", "\"2026-11-22T04:05:31Z\"", ClockSkew },
        { "$.sentAt", "\"2026-11-22T03:45:29Z\"", ClockSkew },
        { "$.sentAt", "\"2026-11-22T07:00:00+02:00\"", ClockSkew },
        { "$.vms[0].cycle.startedAt", "\"2026-11-22T05:00:00Z\"", ClockSkew },
        { "$.vms[0].cycle.startedAt", "\"2026-10-01T00:00:00Z\"", ClockSkew },
        { "$.events[0].timeCreated", "\"0001-01-01T00:00:00Z\"", ClockSkew },
        { "$.events[0].timeCreated", "\"2027-01-01T00:00:00Z\"", ClockSkew },
    };

    [Theory]
    [MemberData(nameof(MissingRequiredFields))]
    [MemberData(nameof(UnsafeIds))]
    [MemberData(nameof(UnknownEnumValues))]
    [MemberData(nameof(BadValues))]
    [MemberData(nameof(BadTimestamps))]
    public void Parse_OneBrokenField_ReportsExactlyThatPath(string path, string json, ContractProblemKind kind)
    {
        var result = Parse(JsonEdit.Set(Valid(), path, json));

        result.IsValid.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Path.ShouldBe(path);
        problem.Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("$.sentAt", "\"2026-11-22T04:05:30Z\"")]
    [InlineData("$.sentAt", "\"2026-11-22T03:45:30Z\"")]
    [InlineData("$.sentAt", "\"2026-11-22T06:00:00.123+02:00\"")]
    [InlineData("$.vms[0].cycle.startedAt", "\"2026-10-23T04:00:30Z\"")]
    public void Parse_TimestampAtTheEdgeOfTheSkew_IsAccepted(string path, string json) =>
        Parse(JsonEdit.Set(Valid(), path, json)).Problems.ShouldBeEmpty();

    [Fact]
    public void Parse_LargestExactSequenceAndAnEpoch_AreAccepted()
    {
        var body = JsonEdit.Set(JsonEdit.Set(Valid(), "$.sequence", "9007199254740991"), "$.epoch", "\"6f1c2b9e-0d4a-4c55-9f0e-3b7d1a2c4e58\"");

        var heartbeat = Parse(body).Heartbeat.ShouldNotBeNull();

        (heartbeat.Sequence, heartbeat.Epoch).ShouldBe((9007199254740991L, "6f1c2b9e-0d4a-4c55-9f0e-3b7d1a2c4e58"));
    }

    [Fact]
    public void Parse_WithoutAnEpoch_HasNone() => Parse(Valid()).Heartbeat.ShouldNotBeNull().Epoch.ShouldBeNull();

    [Fact]
    public void Parse_UploadedMoreThanTotal_ReportsInconsistentUploadedBytes()
    {
        var body = JsonEdit.Set(Valid(), "$.vms[0].cycle.disks[1].uploadedBytes", "1073741825");

        var problem = Parse(body).Problems.ShouldHaveSingleItem();

        problem.Path.ShouldBe("$.vms[0].cycle.disks[1].uploadedBytes");
        problem.Kind.ShouldBe(Inconsistent);
        problem.Message.ShouldContain("1073741824");
    }

    [Fact]
    public void Parse_CycleErrorWithBlankCode_ReportsTheCodePath()
    {
        var body = JsonEdit.Set(Valid(), "$.vms[0].cycle.error", """{ "code": "", "message": "x" }""");

        Parse(body).Problems.ShouldHaveSingleItem().Path.ShouldBe("$.vms[0].cycle.error.code");
    }
}
